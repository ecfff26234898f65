package dev.studypath.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.studypath.engine.model.Catalog;
import dev.studypath.engine.model.Problem;
import dev.studypath.engine.testing.CatalogGen;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static dev.studypath.engine.testing.CatalogGen.content;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

class CatalogJsonPropertiesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String CYCLE = "prerequisite cycle: ";
    private static final String NEEDS = " (each needs the next)";

    @Test
    void toJsonThenRead_anyValidCatalog_givesAnEqualCatalog() {
        qt().withFixedSeed(1L).withExamples(300).forAll(CatalogGen.catalogs(15)).checkAssert(catalog -> {
            String json = Catalogs.toJson(catalog);
            Catalog read = read(json);
            assertEquals(content(catalog), content(read));
            assertEquals(json, Catalogs.toJson(read), "canonical form is not stable");
        });
    }

    @Test
    void read_anyValidCatalogWithABackEdge_reportsCyclesThroughThatEdge() {
        qt().withFixedSeed(2L).withExamples(300).forAll(CatalogGen.backEdges(15)).checkAssert(edge -> {
            String json = withPrerequisite(Catalogs.toJson(edge.catalog()), edge.from(), edge.to());

            List<Problem> problems = assertThrows(CatalogFileException.class, () -> read(json)).problems();

            assertFalse(problems.isEmpty());
            for (Problem problem : problems) {
                String message = problem.message();
                assertTrue(message.startsWith(CYCLE) && message.endsWith(NEEDS), problem.toString());
                assertTrue(problem.pointer().matches("/projects/\\d+/prerequisites/\\d+/project"), problem.toString());
                List<String> ids = Arrays.asList(message.substring(CYCLE.length(), message.length() - NEEDS.length())
                        .split(" -> "));
                assertEquals(ids.get(0), ids.get(ids.size() - 1), message);
                boolean usesEdge = false;
                for (int i = 0; i + 1 < ids.size(); i++) {
                    usesEdge |= ids.get(i).equals(edge.from()) && ids.get(i + 1).equals(edge.to());
                }
                assertTrue(usesEdge, message + " does not name " + edge.from() + " -> " + edge.to());
            }
        });
    }

    /** Adds {@code {"project": to}} to the prerequisites of project {@code from} in a catalog's JSON. */
    private static String withPrerequisite(String json, String from, String to) {
        try {
            JsonNode root = MAPPER.readTree(json);
            for (JsonNode project : root.get("projects")) {
                if (project.get("id").textValue().equals(from)) {
                    ((ObjectNode) project).withArrayProperty("prerequisites").addObject().put("project", to);
                }
            }
            return MAPPER.writeValueAsString(root);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Catalog read(String json) {
        return Catalogs.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "generated.json");
    }
}
