package dev.studypath.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.studypath.engine.LearningPath;
import dev.studypath.engine.Step;
import dev.studypath.engine.Studypath;
import dev.studypath.engine.model.Catalog;
import dev.studypath.engine.model.Prerequisite;
import dev.studypath.engine.model.Project;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real study graphs written elsewhere (Metacademy's concepts, Exercism's Java track, kept in the
 * workspace's shared/external folder): turned into the catalog format, they load, validate and plan.
 * Skipped where that folder is not beside the repository.
 */
class ExternalCatalogsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"metacademy.json", "exercism_java.json"})
    void externalGraph_convertsLoadsAndPlansEveryTagInPrerequisiteOrder(String name) throws IOException {
        Path file = Path.of("..", "..", "shared", "external", name);
        assumeTrue(Files.exists(file), "no " + file);
        JsonNode source = JSON.readTree(file.toFile());
        Catalog catalog = Catalogs.read(new ByteArrayInputStream(convert(name, source)
                .getBytes(StandardCharsets.UTF_8)), name);
        assertEquals(source.get("items").size(), catalog.projects().size());
        Studypath studypath = Studypath.of(catalog);
        LearningPath whole = studypath.path("", studypath.newProfile().build());
        assertEquals(catalog.projects().size(), whole.steps().size(), "the whole route has every item");
        assertPrerequisitesFirst(catalog, whole);
        for (int i = 0; i < Math.min(10, catalog.skills().size()); i++) {
            String tag = catalog.skills().get(i).id();
            LearningPath path = studypath.path(tag, studypath.newProfile().build());
            assertFalse(path.steps().isEmpty(), tag);
            assertTrue(path.steps().stream().anyMatch(s -> s.role() == Step.Role.TARGET
                    && catalog.project(s.project()).orElseThrow().teachesLevel(tag) > 0), tag);
            assertPrerequisitesFirst(catalog, path);
        }
    }

    private static void assertPrerequisitesFirst(Catalog catalog, LearningPath path) {
        Set<String> seen = new HashSet<>();
        for (String id : path.projects()) {
            for (Prerequisite prerequisite : catalog.project(id).map(Project::prerequisites).orElseThrow()) {
                assertTrue(seen.contains(prerequisite.project()), prerequisite.project() + " before " + id);
            }
            seen.add(id);
        }
    }

    /** The neutral {id, title, prerequisites, tags} items as a studypath catalog; tags become skills. */
    private static String convert(String name, JsonNode source) {
        ObjectNode catalog = JSON.createObjectNode();
        catalog.put("format", 1).put("id", name.replace(".json", "")).put("baselineHoursPerWeek", 10)
                .put("source", source.path("source").asText() + " (" + source.path("license").asText() + ")");
        catalog.putObject("title").put("en", name);
        Set<String> ids = new HashSet<>();
        source.get("items").forEach(item -> ids.add(item.get("id").asText()));
        Set<String> tags = new LinkedHashSet<>();
        ArrayNode projects = catalog.putArray("projects");
        for (JsonNode item : source.get("items")) {
            ObjectNode project = projects.addObject();
            project.put("id", item.get("id").asText());
            project.putObject("name").put("en", item.get("title").asText());
            int difficulty = item.has("difficulty") ? Math.max(1, Math.min(5, (item.get("difficulty").asInt() + 1) / 2)) : 3;
            project.put("level", "entry").put("difficulty", difficulty).put("rating", 3);
            double hours = item.path("time_estimate_hours").asDouble(2);
            project.putObject("effort").put("unit", "hours").put("min", hours * 0.8).put("max", hours * 1.25);
            ArrayNode teaches = project.putArray("teaches");
            for (JsonNode tag : item.path("tags")) {
                String skill = tag.asText().replaceAll("\\s+", "-");
                tags.add(skill);
                teaches.addObject().put("skill", skill).put("level", 3);
            }
            ArrayNode prerequisites = project.putArray("prerequisites");
            for (JsonNode prerequisite : item.path("prerequisites")) {
                if (ids.contains(prerequisite.asText())) {
                    prerequisites.addObject().put("project", prerequisite.asText());
                }
            }
        }
        ArrayNode skills = catalog.putArray("skills");
        for (String tag : tags) {
            ObjectNode skill = skills.addObject();
            skill.put("id", tag).put("tier", "intermediate").put("importance", 3);
            skill.putObject("name").put("en", tag);
        }
        return catalog.toString();
    }

}
