package dev.studypath.format;

import static dev.studypath.engine.ScheduleFixtures.MONDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.studypath.engine.Schedule;
import dev.studypath.engine.ScheduleFixtures;
import dev.studypath.engine.ScheduleOptions;
import dev.studypath.engine.Studypath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScheduleJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchema SCHEMA = loadSchema();

    private static JsonSchema loadSchema() {
        try (InputStream in = ScheduleJson.class.getResourceAsStream(ScheduleJson.SCHEMA)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode json(Schedule schedule) {
        try {
            return MAPPER.readTree(ScheduleJson.render(schedule));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schedule guideSchedule() {
        Studypath studypath = Studypath.of(ScheduleFixtures.guide());
        return studypath.schedule("async", studypath.newProfile().build(), ScheduleOptions.builder().start(MONDAY)
                .deadline(MONDAY.plusDays(30)).build());
    }

    @Test
    void render_guideSchedule_validatesAgainstTheSchema() {
        assertEquals(Set.of(), SCHEMA.validate(json(guideSchedule())));
    }

    @Test
    void render_randomSchedules_validateAgainstTheSchema() {
        qt().withFixedSeed(11L).withExamples(100).forAll(ScheduleFixtures.scenarios()).checkAssert(scenario ->
                assertEquals(Set.of(), SCHEMA.validate(json(scenario.schedule())), scenario.toString()));
    }

    @Test
    void render_hasTheDocumentedShapeWithIsoDates() {
        Schedule schedule = guideSchedule();
        JsonNode json = json(schedule);

        JsonNode item = json.get("items").get(0);
        assertEquals("rustlings", item.get("project").asText());
        assertEquals(MONDAY.toString(), item.get("start").asText());
        assertEquals(schedule.items().get(0).end().toString(), item.get("end").asText());
        assertEquals(schedule.items().get(0).hours(), item.get("hours").asDouble());
        assertEquals("Basic syntax", item.get("weeks").get(0).get("title").get("en").asText());
        assertEquals(schedule.finish().p95().toString(), json.get("finish").get("p95").asText());
        assertEquals("tokio", json.get("deadline").get("dropped").get(0).asText());
    }

    @Test
    void schema_rejectsTimestampDatesAndAMissingPercentile() {
        ObjectNode json = (ObjectNode) json(guideSchedule());
        ((ObjectNode) json.get("items").get(0)).put("start", 1772409600000L);
        ((ObjectNode) json.get("finish")).remove("p80");

        Set<ValidationMessage> errors = SCHEMA.validate(json);

        assertFalse(errors.isEmpty());
        assertEquals(Set.of("$.items[0].start", "$.finish"), errors.stream()
                .map(e -> e.getInstanceLocation().toString()).collect(java.util.stream.Collectors.toSet()),
                errors.toString());
    }
}
