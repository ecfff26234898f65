package dev.studypath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.studypath.format.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line as a user meets it: exit codes, output and one-line errors. */
class CliTest {

    /** What one run printed and returned. */
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private static List<String> ids(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.get(field).asText()).toList();
    }

    @Test
    void catalogList_printsTheTenProjects() {
        Run run = run("catalog", "list");
        assertEquals(0, run.code(), run.err());
        for (String id : List.of("rustlings", "ripgrep", "mini-redis", "serde", "clap", "tokio", "deno", "alacritty",
                "servo", "firecracker")) {
            assertTrue(run.out().lines().anyMatch(line -> line.startsWith(id + " ")), id);
        }
    }

    @Test
    void catalogShow_unknownId_exits2WithOneLine() {
        Run run = run("catalog", "show", "tokyo");
        assertEquals(2, run.code());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("studypath: ID: unknown project 'tokyo'"), run.err());
    }

    @Test
    void catalogValidate_bundledCatalog_exits0WithASummary(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("guide.json");
        try (var in = getClass().getResourceAsStream("/dev/studypath/dataset/rust-guide.json")) {
            Files.copy(in, file);
        }
        Run run = run("catalog", "validate", file.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals(file + ": valid catalog 'rust-guide', 10 projects, 10 prerequisites, 24 skills, 4 stages, "
                + "7 goals\n", run.out());
    }

    @Test
    void catalogValidate_brokenFile_exits2WithOneLinePerProblem(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, """
                {"format": 1, "id": "broken", "title": {"en": "Broken"}, "baselineHoursPerWeek": 10,
                 "projects": [
                   {"id": "a", "name": {"en": "A"}, "level": "entry", "difficulty": 7, "rating": 3,
                    "effort": {"unit": "weeks", "min": 1, "max": 2}},
                   {"id": "b", "name": {"en": "B"}, "level": "entry", "difficulty": 2, "rating": 3,
                    "effort": {"unit": "weeks", "min": 1, "max": 2}, "colour": "red"}
                 ]}
                """);
        Run run = run("catalog", "validate", file.toString());
        assertEquals(2, run.code());
        assertEquals(List.of("/projects/0/difficulty: must be between 1 and 5, was 7",
                "/projects/1/colour: unknown field 'colour'", file + ": 2 problems"), run.err().lines().toList());
    }

    /** Issue 12: a range error held back the reference checks, so a second problem stayed hidden. */
    @Test
    void catalogValidate_rangeErrorAndUnknownPrerequisite_reportsBoth(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, BAD_CATALOG);
        Run run = run("catalog", "validate", file.toString());
        assertEquals(2, run.code());
        assertEquals(List.of("/projects/0/difficulty: must be between 1 and 5, was 7",
                "/projects/0/prerequisites/0/project: unknown project 'nope'", file + ": 2 problems"),
                run.err().lines().toList());
    }

    /** Issue 12: {@code --catalog bad.json path x} printed only "bad.json: 2 problems", not which. */
    @Test
    void globalCatalogOption_invalidFile_printsEveryProblemWithItsPointer(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, BAD_CATALOG);
        Run run = run("--catalog", file.toString(), "path", "x");
        assertEquals(2, run.code());
        assertEquals("", run.out());
        assertEquals(List.of("/projects/0/difficulty: must be between 1 and 5, was 7",
                "/projects/0/prerequisites/0/project: unknown project 'nope'", "studypath: " + file + ": 2 problems"),
                run.err().lines().toList());
    }

    @Test
    void globalCatalogOption_missingFile_isOneClearLine(@TempDir Path dir) {
        Path file = dir.resolve("missing.json");
        Run run = run("--catalog", file.toString(), "path", "x");
        assertEquals(2, run.code());
        assertEquals(List.of("studypath: cannot read " + file + ": no such file"), run.err().lines().toList());
    }

    @Test
    void catalogValidate_missingFile_isOneClearLine(@TempDir Path dir) {
        Path file = dir.resolve("missing.json");
        Run run = run("catalog", "validate", file.toString());
        assertEquals(2, run.code());
        assertEquals(List.of("cannot read " + file + ": no such file"), run.err().lines().toList());
    }

    private static final String BAD_CATALOG = """
            {"format": 1, "id": "bad", "title": {"en": "Bad"}, "baselineHoursPerWeek": 10,
             "projects": [
               {"id": "a", "name": {"en": "A"}, "level": "entry", "difficulty": 7, "rating": 3,
                "effort": {"unit": "weeks", "min": 1, "max": 2}, "prerequisites": [{"project": "nope"}]}
             ]}
            """;

    @Test
    void globalCatalogOption_replacesTheBundledCatalog(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mine.json");
        Files.writeString(file, """
                {"format": 1, "id": "mine", "title": {"en": "Mine"}, "baselineHoursPerWeek": 8,
                 "skills": [{"id": "graphs", "name": {"en": "graph algorithms"}, "tier": "advanced", "importance": 4}],
                 "projects": [
                   {"id": "intro", "name": {"en": "Intro"}, "level": "entry", "difficulty": 1, "rating": 4,
                    "effort": {"unit": "weeks", "min": 1, "max": 2}},
                   {"id": "paths", "name": {"en": "Paths"}, "level": "production", "difficulty": 3, "rating": 5,
                    "effort": {"unit": "hours", "min": 20}, "teaches": [{"skill": "graphs", "level": 4}],
                    "prerequisites": [{"project": "intro", "reason": "basics first"}]}
                 ]}
                """);
        Run run = run("--catalog", file.toString(), "path", "graph algorithms", "--json");
        assertEquals(0, run.code(), run.err());
        assertEquals(List.of("intro", "paths"), ids(Json.parse(run.out()).get("steps"), "project"));
    }

    @Test
    void pathJson_hasStepsWithProjectIds() {
        Run run = run("path", "async networking", "--json");
        assertEquals(0, run.code(), run.err());
        assertEquals(List.of("rustlings", "mini-redis", "tokio"), ids(Json.parse(run.out()).get("steps"), "project"));
    }

    @Test
    void nextJson_hasCandidatesWithProjectIds() {
        Run run = run("next", "async networking", "--completed", "rustlings", "--limit", "2", "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode candidates = Json.parse(run.out()).get("candidates");
        assertEquals("mini-redis", candidates.get(0).get("project").asText());
        assertTrue(candidates.size() <= 2);
    }

    @Test
    void path_knownSkillsAndHours_areUsed() {
        Run run = run("path", "CLI tools", "--known", "rust-syntax=3,cli:2", "--hours", "5");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("at 5 h/week"), run.out());
    }

    @Test
    void unknownGoal_exits2WithOneLineAndSuggestions() {
        Run run = run("path", "asynch gardening kitchen");
        assertEquals(2, run.code());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("studypath: unclear goal 'asynch gardening kitchen': most of its "
                + "words name nothing in the catalog (gardening, kitchen); did you mean: "), run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--hours=0", "--hours=100", "--hours=-3", "--max-difficulty=9", "--known=async=7",
            "--known=async", "--completed=nope"})
    void badOption_exits2WithOneLineNamingIt(String option) {
        Run run = run("path", "async", option);
        assertEquals(2, run.code(), run.out());
        assertEquals(1, run.err().lines().count(), run.err());
        String cliOption = option.substring(0, option.indexOf('='));
        assertTrue(run.err().startsWith("studypath: " + cliOption + ": "), run.err());
    }

    @Test
    void unknownCommand_exits2WithTheUsageLine() {
        Run run = run("recommend");
        assertEquals(2, run.code());
        assertEquals("studypath: Unmatched argument at index 0: 'recommend'\n"
                + "Usage: studypath [OPTIONS] COMMAND (see --help)\n", run.err());
    }

    @Test
    void unknownOption_exits2WithTheUsageLine() {
        Run run = run("path", "--colour");
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("studypath: Unknown option: '--colour'"), run.err());
        assertTrue(run.err().endsWith("\nUsage: studypath path [OPTIONS] [GOAL] (see --help)\n"), run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "catalog", "catalog list", "catalog show", "catalog validate", "next", "path", "schedule"})
    void everyCommand_hasHelp(String command) {
        String[] words = (command + " --help").strip().split(" ");
        Run run = run(words);
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("Usage: studypath"), run.out());
    }

    @Test
    void schedule_eachFormat_printsThePlan() {
        String[] base = {"schedule", "async networking", "--start", "2026-12-01", "--hours", "6"};
        Run text = run(concat(base, "--format", "text"));
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("Finish: "), text.out());
        JsonNode json = Json.parse(run(concat(base, "--format", "json")).out());
        assertEquals(List.of("rustlings", "mini-redis", "tokio"), ids(json.get("items"), "project"));
        assertEquals("2026-12-01", json.get("items").get(0).get("start").asText());
        assertTrue(run(concat(base, "--format", "md")).out().contains("- [ ] "));
        assertTrue(run(concat(base, "--format", "ics")).out().startsWith("BEGIN:VCALENDAR\r\n"));
    }

    @Test
    void schedule_out_writesTheFileWholeAndReplacesIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("plan.ics");
        Files.writeString(file, "old");
        Run run = run("schedule", "CLI tools", "--start", "2026-12-01", "--format", "ics", "--out", file.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(Files.readString(file).startsWith("BEGIN:VCALENDAR"));
        try (var listing = Files.list(dir)) {
            assertEquals(List.of(file), listing.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void schedule_outIsADirectory_exits2AndWritesNothing(@TempDir Path dir) throws IOException {
        Run run = run("schedule", "CLI tools", "--start", "2026-12-01", "--out", dir.toString());
        assertEquals(2, run.code());
        assertEquals("studypath: --out: " + dir + " is a directory, not a file\n", run.err());
        try (var listing = Files.list(dir)) {
            assertEquals(0, listing.count());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"--start=2026-13-01", "--deadline=2020-01-01", "--off=2027-01-05..2027-01-01",
            "--off=2027-01-05..", "--hours=0"})
    void schedule_badDates_exit2WithOneLine(String option) {
        Run run = option.startsWith("--start") ? run("schedule", "CLI tools", option)
                : run("schedule", "CLI tools", "--start=2026-12-01", option);
        assertEquals(2, run.code(), run.out());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    private static String[] concat(String[] base, String... more) {
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void version_printsTheVersion() {
        Run run = run("--version");
        assertEquals(0, run.code());
        assertTrue(run.out().startsWith("studypath "), run.out());
    }
}
