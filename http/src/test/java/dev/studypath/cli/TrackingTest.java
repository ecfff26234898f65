package dev.studypath.cli;

import static dev.studypath.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.studypath.cli.CliTest.Run;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The saved profile: start, done, skip and progress, and what the other commands take from it. */
class TrackingTest {

    @TempDir
    Path dir;

    private Path profile() {
        return dir.resolve("profile.json");
    }

    private Run track(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--profile=" + profile());
        return run(all.toArray(String[]::new));
    }

    @Test
    void startDoneSkip_areSaved_andTheFileMatchesItsSchema() throws IOException {
        assertEquals(0, track("start", "rustlings", "--on", "2026-10-01").code());
        assertEquals(0, track("done", "rustlings", "--on", "2026-10-30").code());
        assertEquals(0, track("skip", "ripgrep", "--on", "2026-11-02").code());
        JsonNode saved = new ObjectMapper().readTree(profile().toFile());
        assertEquals("done", saved.at("/projects/rustlings/status").asText());
        assertEquals("2026-10-01", saved.at("/projects/rustlings/started").asText());
        assertEquals("2026-10-30", saved.at("/projects/rustlings/finished").asText());
        assertEquals("skipped", saved.at("/projects/ripgrep/status").asText());
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(getClass().getResourceAsStream("/dev/studypath/cli/profile.schema.json"));
        assertEquals(java.util.Set.of(), schema.validate(saved));
        assertTrue(Files.exists(dir.resolve("profile.json.bak")), "the previous version is kept");
    }

    @Test
    void nextAndPath_useTheSavedProfile() {
        track("done", "rustlings", "--on", "2026-10-30");
        Run next = track("next", "async networking", "--json");
        assertEquals("mini-redis", dev.studypath.format.Json.parse(next.out()).at("/candidates/0/project").asText());
        Run path = track("path", "async networking", "--json");
        assertEquals(List.of("mini-redis", "tokio"), dev.studypath.format.Json.parse(path.out()).findValuesAsText("project"));
    }

    @Test
    void progress_showsDoneInProgressPaceAndThePlan() {
        track("start", "rustlings", "--on", "2026-10-01");
        track("done", "rustlings", "--on", "2026-10-30");
        track("start", "mini-redis", "--on", "2026-11-01");
        Run run = track("progress", "async networking");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Done: rustlings\n"), run.out());
        assertTrue(run.out().contains("\nIn progress: mini-redis\n"), run.out());
        assertTrue(run.out().contains("Path: 1 of 3 projects done or known"), run.out());
        assertTrue(run.out().contains("from 1 finished project"), run.out());
    }

    @Test
    void done_beforeItsStart_isRefusedAndChangesNothing() throws IOException {
        track("start", "tokio", "--on", "2026-11-10");
        byte[] before = Files.readAllBytes(profile());
        Run run = track("done", "tokio", "--on", "2026-11-01");
        assertEquals(2, run.code());
        assertEquals("studypath: --on: tokio finished 2026-11-01, before it started 2026-11-10; nothing was changed\n",
                run.err());
        assertArrayEquals(before, Files.readAllBytes(profile()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"version\": 3, \"projects\": {}}", "{\"version\": 1, \"projects\": {",
            "{\"version\": 1, \"colour\": \"red\"}", "[]", "{\"version\": 1, \"projects\": {\"tokio\": {\"status\": \"maybe\"}}}",
            "{\"version\": 2, \"plan\": {\"start\": \"2026-11-01\"}}",
            "{\"version\": 1, \"plan\": {\"start\": \"2026-11-01\", \"hoursPerWeek\": 6, \"projects\": []}}",
            "{\"version\": 2, \"projects\": {\"tokio\": {\"status\": \"done\", \"started\": \"2026-11-10\", "
                    + "\"finished\": \"2026-11-01\"}}}"})
    void corruptOrFutureProfile_exits2AndLeavesTheFileByteForByte(String content) throws IOException {
        Files.writeString(profile(), content);
        byte[] before = Files.readAllBytes(profile());
        for (String[] command : List.of(new String[] {"done", "tokio"}, new String[] {"progress"},
                new String[] {"path", "async"}, new String[] {"schedule", "async", "--start", "2026-12-01"})) {
            Run run = track(command);
            assertEquals(2, run.code(), String.join(" ", command));
            assertEquals(1, run.err().lines().count(), run.err());
            assertTrue(run.err().startsWith("studypath: profile: " + profile()), run.err());
            assertArrayEquals(before, Files.readAllBytes(profile()));
        }
    }

    @Test
    void futureVersion_saysSo() throws IOException {
        Files.writeString(profile(), "{\"version\": 3}");
        assertEquals("studypath: profile: " + profile() + ": version 3 is newer than this studypath reads (2); "
                + "upgrade studypath; the file was not changed\n", track("progress").err());
    }

    /** Two processes marking projects done at the same time lose no update: the file lock serialises them. */
    @Test
    void concurrentDoneCommandsInTwoProcesses_loseNoUpdate() throws Exception {
        List<String> first = List.of("rustlings", "ripgrep", "mini-redis", "serde", "clap");
        List<String> second = List.of("tokio", "deno", "alacritty", "servo", "firecracker");
        Process a = doneAll(first);
        Process b = doneAll(second);
        assertTrue(a.waitFor(120, TimeUnit.SECONDS) && b.waitFor(120, TimeUnit.SECONDS), "both finish");
        assertEquals(0, a.exitValue(), new String(a.getErrorStream().readAllBytes()));
        assertEquals(0, b.exitValue(), new String(b.getErrorStream().readAllBytes()));
        JsonNode saved = new ObjectMapper().readTree(profile().toFile());
        for (String id : first) {
            assertEquals("done", saved.at("/projects/" + id + "/status").asText(), id);
        }
        for (String id : second) {
            assertEquals("done", saved.at("/projects/" + id + "/status").asText(), id);
        }
    }

    /** A shell loop in another process that marks each project done with its own JVM. */
    private Process doneAll(List<String> projects) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        StringBuilder script = new StringBuilder("set -e\n");
        for (String id : projects) {
            script.append('"').append(java).append("\" -cp \"").append(System.getProperty("java.class.path"))
                    .append("\" dev.studypath.cli.Main done ").append(id).append(" --on 2026-11-20 --profile \"")
                    .append(profile()).append("\" > /dev/null\n");
        }
        return new ProcessBuilder("bash", "-c", script.toString()).redirectOutput(new File("/dev/null")).start();
    }
}
