package dev.studypath.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.studypath.engine.GoalMatch;
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
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
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

    /**
     * A concept is a goal: Metacademy's backpropagation needs 14 other concepts, transitively (worked
     * out here from the source file by a breadth-first walk, not by the engine), 20.99 h in all by
     * the source's own estimates.
     */
    @Test
    void metacademy_conceptAsGoal_isItsWholePrerequisiteClosureInOrder() throws IOException {
        Path file = Path.of("..", "..", "shared", "external", "metacademy.json");
        assumeTrue(Files.exists(file), "no " + file);
        JsonNode source = JSON.readTree(file.toFile());
        Map<String, JsonNode> items = new HashMap<>();
        source.get("items").forEach(item -> items.put(item.get("id").asText(), item));
        Set<String> closure = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of("backpropagation"));
        double hours = 0;
        while (!queue.isEmpty()) {
            String id = queue.poll();
            if (items.containsKey(id) && closure.add(id)) {
                hours += items.get(id).get("time_estimate_hours").asDouble();
                items.get(id).get("prerequisites").forEach(p -> queue.add(p.asText()));
            }
        }
        assertEquals(15, closure.size());
        assertEquals(20.99, hours, 0.005);

        Catalog catalog = Catalogs.read(new ByteArrayInputStream(convert("metacademy.json", source)
                .getBytes(StandardCharsets.UTF_8)), "metacademy.json");
        Studypath studypath = Studypath.of(catalog);
        for (String query : List.of("backpropagation", "Backpropagation", "I want to learn backpropagation",
                "backpropogation")) {
            LearningPath path = studypath.path(query, studypath.newProfile().build());
            assertEquals(GoalMatch.Kind.PROJECTS, path.goal().kind(), query);
            assertEquals(closure, new HashSet<>(path.projects()), query);
            assertEquals("backpropagation", path.projects().get(path.projects().size() - 1), query);
            assertPrerequisitesFirst(catalog, path);
            double planned = path.projects().stream().mapToDouble(id -> catalog.project(id).orElseThrow().effort()
                    .likelyHours(catalog.baselineHoursPerWeek())).sum();
            assertEquals(20.99, planned, 0.005, query);
        }
        LearningPath em = studypath.path("Expectation-Maximization algorithm", studypath.newProfile().build());
        assertEquals(List.of("expectation_maximization"), em.goal().projects());
        assertEquals("expectation_maximization", em.projects().get(em.projects().size() - 1));
    }

    /** An exercise named by its title is a goal: the path ends with it, after everything it needs. */
    @Test
    void exercism_exerciseTitleAsGoal_endsWithThatExercise() throws IOException {
        Path file = Path.of("..", "..", "shared", "external", "exercism_java.json");
        assumeTrue(Files.exists(file), "no " + file);
        JsonNode source = JSON.readTree(file.toFile());
        Catalog catalog = Catalogs.read(new ByteArrayInputStream(convert("exercism_java.json", source)
                .getBytes(StandardCharsets.UTF_8)), "exercism_java.json");
        Studypath studypath = Studypath.of(catalog);
        LearningPath path = studypath.path("Go Counting", studypath.newProfile().build());
        assertEquals(List.of("go-counting"), path.goal().projects());
        assertEquals("go-counting", path.projects().get(path.projects().size() - 1));
        assertTrue(path.projects().containsAll(List.of("logs-logs-logs", "international-calling-connoisseur")));
        assertPrerequisitesFirst(catalog, path);
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
            // Symmetric around the source's estimate, so that the most likely hours are that estimate.
            project.putObject("effort").put("unit", "hours").put("min", hours * 0.8).put("max", hours * 1.2);
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
