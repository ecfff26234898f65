package dev.studypath.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.studypath.engine.model.Problem;
import dev.studypath.engine.testing.CatalogGen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;

import static dev.studypath.dataset.CatalogsTest.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

/**
 * The JSON Schema and the loader agree on what a valid catalog is, and on where a broken one is wrong
 * (the loader may point deeper: at an unknown field rather than at its object).
 */
class CatalogSchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final JsonNode SCHEMA_NODE = schemaNode();
    private static final Schema SCHEMA = REGISTRY.getSchema(SCHEMA_NODE);

    @Test
    void schema_isValidDraft202012() {
        Schema metaSchema = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

        assertEquals(List.of(), metaSchema.validate(SCHEMA_NODE));
    }

    @Test
    void schema_whiteSpaceClass_isJavasCharacterIsWhitespace() {
        String pattern = SCHEMA_NODE.at("/$defs/id/not/pattern").textValue();
        Pattern whiteSpace = Pattern.compile(pattern);
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            String character = String.valueOf((char) c);
            assertEquals(Character.isWhitespace(c), whiteSpace.matcher(character).find(),
                    () -> String.format("U+%04X", (int) character.charAt(0)));
        }
        assertEquals(pattern, SCHEMA_NODE.at("/$defs/text/properties/en/pattern").textValue().replace("[^", "["));
    }

    @ParameterizedTest
    @ValueSource(strings = {"valid/minimal.json", "valid/full.json", "valid/bilingual.json"})
    void validFixture_passesSchemaAndLoader(String name) throws IOException {
        assertEquals(List.of(), SCHEMA.validate(MAPPER.readTree(Files.readString(fixture(name)))));
        assertEquals(List.of(), Catalogs.validate(fixture(name)));
    }

    @Test
    void toJson_anyValidCatalog_passesTheSchema() {
        qt().withFixedSeed(3L).withExamples(200).forAll(CatalogGen.catalogs(10)).checkAssert(catalog -> {
            try {
                assertEquals(List.of(), SCHEMA.validate(MAPPER.readTree(Catalogs.toJson(catalog))));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"unknown-field", "missing-field", "wrong-type", "bad-enum", "out-of-range",
            "unsupported-format", "blank-id", "blank-text", "negative-effort", "not-an-object", "too-many-hours"})
    void brokenFixture_isRejectedByBothSchemaAndLoader(String name) throws IOException {
        String file = "broken/" + name + ".json";
        List<Error> schemaErrors = SCHEMA.validate(MAPPER.readTree(Files.readString(fixture(file))));

        List<Problem> problems = Catalogs.validate(fixture(file));

        assertFalse(schemaErrors.isEmpty(), file + " passes the schema");
        assertFalse(problems.isEmpty(), file + " passes the loader");
        for (Problem problem : problems) {
            assertTrue(schemaErrors.stream().map(error -> error.getInstanceLocation().toString())
                            .anyMatch(at -> problem.pointer().equals(at) || problem.pointer().startsWith(at + "/")),
                    problem + " is not where the schema sees a problem: " + schemaErrors);
        }
    }

    private static JsonNode schemaNode() {
        try (InputStream in = Catalogs.class.getResourceAsStream("/dev/studypath/dataset/catalog.schema.json")) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
