package dev.studypath.cli;

import static dev.studypath.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.studypath.cli.CliTest.Run;
import dev.studypath.format.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands quoted in issue 12, as a learner types them, and what the answers must say. */
class AskLikeALearnerCliTest {

    @TempDir
    Path home;

    private Run studypath(String... args) {
        List<String> all = new ArrayList<>(List.of("--profile", home.resolve("profile.json").toString()));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    private static List<String> steps(Run run) {
        List<String> ids = new ArrayList<>();
        Json.parse(run.out()).get("steps").forEach(step -> ids.add(step.get("project").asText()));
        return ids;
    }

    @Test
    void pathTokio_isItsPrerequisitesThenTokio_andSaysItMatchedAProject() {
        Run text = studypath("path", "tokio");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().startsWith("Learning path for \"tokio\" (project: tokio (Tokio - async runtime)):"),
                text.out());
        Run json = studypath("path", "I want to study tokio", "--json");
        assertEquals(List.of("rustlings", "mini-redis", "tokio"), steps(json));
        JsonNode goal = Json.parse(json.out()).get("goal");
        assertEquals("projects", goal.get("kind").asText());
        assertEquals("project", goal.get("terms").get(0).get("type").asText());
        assertEquals("Tokio - async runtime", goal.get("terms").get(0).get("name").get("en").asText());
    }

    @Test
    void aStatement_isReadBack() {
        Run run = studypath("next", "I know basic Rust, I want async networking");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Read as: you know rust-syntax (level 3)"), run.out());
        assertFalse(run.out().contains("rust-syntax 29%"), run.out());
    }

    @Test
    void next_saysWhatWaitsAndWhatUnlocksIt() {
        Run run = studypath("next", "async networking");
        assertTrue(run.out().contains("Only 1 project can be started now"), run.out());
        assertTrue(run.out().contains("mini-redis after rustlings; tokio after mini-redis"), run.out());
    }

    @Test
    void aCapThatEmptiesThePath_saysWhatItLeftOut_notThatEverythingIsDone() {
        Run run = studypath("path", "systems programming", "--max-difficulty", "3");
        assertEquals(0, run.code(), run.err());
        assertFalse(run.out().contains("is done"), run.out());
        assertFalse(run.out().contains("No project teaches"), run.out());
        assertTrue(run.out().contains("firecracker (difficulty 5) is above your maximum difficulty 3"), run.out());
        assertTrue(run.out().contains("a maximum of 5 includes it"), run.out());
    }

    @Test
    void aCapThatDropsTheTarget_saysSo() {
        Run run = studypath("path", "async networking", "--max-difficulty", "3");
        assertTrue(run.out().contains("Left out:"), run.out());
        assertTrue(run.out().contains("tokio (difficulty 5) is above your maximum difficulty 3"), run.out());
    }

    @Test
    void anExpert_isToldWhy() {
        Run run = studypath("path", "async", "--known", "async=5", "--completed", "rustlings");
        assertTrue(run.out().contains("you know async at level 5, and no project teaches it beyond level 5"),
                run.out());
        assertFalse(run.out().contains("your goal"), run.out());
    }

    @Test
    void idsInAnyCase_skillNamesInChinese() {
        Run run = studypath("path", "tokio", "--completed", "RUSTLINGS", "--known", "异步=2", "--json");
        assertEquals(0, run.code(), run.err());
        assertEquals(List.of("mini-redis", "tokio"), steps(run));
        Run done = studypath("done", "Tokio", "--on", "2026-01-05");
        assertEquals(0, done.code(), done.err());
        assertTrue(done.out().startsWith("tokio done on 2026-01-05"), done.out());
        Run typo = studypath("done", "tokoi");
        assertEquals(2, typo.code());
        assertTrue(typo.err().startsWith("studypath: ID: unknown project 'tokoi'; did you mean: tokio"), typo.err());
    }

    @Test
    void unknownGoal_namesCloseGoalsProjectsAndSkills_atMostFive() {
        Run run = studypath("path", "tokoi blockchain quantum");
        assertEquals(2, run.code());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("did you mean: Tokio"), run.err());
        Run nothing = studypath("path", "xqzv");
        assertEquals("studypath: unknown goal 'xqzv': it names no goal, project or skill of the catalog\n",
                nothing.err());
    }

    @Test
    void catalogSkillsAndGoals_listWhatCanBeNamed() {
        Run skills = studypath("catalog", "skills");
        assertEquals(0, skills.code(), skills.err());
        assertTrue(skills.out().lines().anyMatch(line -> line.startsWith("async ")), skills.out());
        Run goals = studypath("catalog", "goals", "--json");
        assertEquals(7, Json.parse(goals.out()).get("goals").size(), goals.out());
    }

    @Test
    void cliMessages_nameCliOptions_andDatesAreChecked() {
        Run hours = studypath("path", "async", "--hours", "100");
        assertEquals(2, hours.code());
        assertTrue(hours.err().startsWith("studypath: --hours: must be between 1 and 80, was 100"), hours.err());
        Run february = studypath("schedule", "async", "--start", "2027-02-30");
        assertEquals(2, february.code());
        assertEquals("studypath: --start: the day 2027-02-30 does not exist: February 2027 has 28 days\n",
                february.err());
        Run oneDay = studypath("schedule", "async", "--start", "2026-12-21", "--off", "2026-12-24", "--format",
                "ICS");
        assertEquals(0, oneDay.code(), oneDay.err());
        assertTrue(oneDay.out().startsWith("BEGIN:VCALENDAR"), oneDay.out());
    }

    @Test
    void hoursCatalog_printsEffortInHours(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("hours.json");
        java.nio.file.Files.writeString(file, """
                {"format": 1, "id": "h", "title": {"en": "h"}, "baselineHoursPerWeek": 10,
                 "skills": [{"id": "s", "name": {"en": "sums"}, "tier": "basic", "importance": 3}],
                 "projects": [
                   {"id": "a", "name": {"en": "Adding"}, "level": "entry", "difficulty": 1, "rating": 3,
                    "effort": {"unit": "hours", "min": 0.4, "max": 0.6}, "teaches": [{"skill": "s", "level": 2}]}]}
                """);
        Run run = studypath("--catalog", file.toString(), "path", "adding");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("hours"), run.out());
        assertTrue(run.out().contains("about 0.5 h"), run.out());
        assertFalse(run.out().contains("1 week at"), run.out());
    }

    @Test
    void scoresInJson_haveNoFloatNoise() {
        Run run = studypath("next", "async networking", "--json");
        assertFalse(run.out().matches("(?s).*\\d\\.\\d{5,}.*"), run.out());
    }
}
