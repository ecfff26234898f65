package dev.studypath.cli;

import static dev.studypath.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.studypath.cli.CliTest.Run;
import dev.studypath.format.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15 on the command line: a remembered goal, progress that agrees with the path, honest forecasts. */
class GoalAndForecastTest {

    @TempDir
    Path dir;

    private Path profile() {
        return dir.resolve("profile.json");
    }

    private Run sp(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--profile=" + profile());
        return run(all.toArray(String[]::new));
    }

    private Run ok(String... args) {
        Run run = sp(args);
        assertEquals(0, run.code(), run.err());
        return run;
    }

    @Test
    void goalSet_thenNextPathScheduleAndProgress_needNoArguments_andOptionsStillOverride() throws IOException {
        Run set = ok("goal", "set", "async networking", "--hours", "6", "--start", "2026-11-02");
        assertTrue(set.out().contains("Goal: \"async networking\" at 6 h/week\n"), set.out());
        assertTrue(set.out().contains("Plan from 2026-11-02 at 6 h/week: rustlings, mini-redis, tokio"), set.out());

        assertEquals(ok("path", "async networking", "--hours", "6").out(), ok("path").out());
        assertEquals(ok("next", "async networking", "--hours", "6").out(), ok("next").out());
        assertEquals(ok("schedule", "async networking", "--hours", "6", "--start", "2027-01-04").out(),
                ok("schedule", "--start", "2027-01-04").out());
        assertTrue(ok("progress").out().startsWith("Progress on \"async networking\""));
        assertTrue(ok("path", "CLI tools").out().contains("ripgrep"), "a goal given still wins");
        assertTrue(ok("path", "--hours", "12").out().contains("at 12 h/week"), "an option still wins");

        JsonNode saved = Json.mapper().readTree(profile().toFile());
        assertEquals(2, saved.get("version").asInt());
        assertEquals("2026-11-02", saved.at("/plan/start").asText());
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(getClass().getResourceAsStream("/dev/studypath/cli/profile.schema.json"));
        assertEquals(java.util.Set.of(), schema.validate(saved));

        assertTrue(ok("goal", "show").out().contains("Plan from 2026-11-02"));
        assertTrue(ok("goal", "clear").out().startsWith("Goal \"async networking\" and its plan cleared"));
        assertEquals("No goal set. Set one with: studypath goal set \"async networking\" --hours 6\n",
                ok("goal", "show").out());
        assertTrue(ok("path").out().startsWith("Learning path for the whole route"), ok("path").out());
    }

    @Test
    void goalSet_unknownGoalOrFutureStart_exits2WithOneLine() {
        Run unknown = sp("goal", "set", "knitting");
        assertEquals(2, unknown.code());
        assertEquals(1, unknown.err().lines().count(), unknown.err());
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        Run future = sp("goal", "set", "async", "--start", tomorrow.toString());
        assertEquals(2, future.code());
        assertTrue(future.err().startsWith("studypath: --start: " + tomorrow + " is after today "), future.err());
        assertFalse(Files.exists(profile()), "nothing was written");
    }

    /** A profile written by the first version (no plan) still loads, and is written back as version 2. */
    @Test
    void versionOneProfile_stillLoads() throws IOException {
        Files.writeString(profile(), "{\"version\": 1, \"goal\": \"async networking\", \"hoursPerWeek\": 6, "
                + "\"projects\": {\"rustlings\": {\"status\": \"done\", \"started\": \"2026-10-01\", "
                + "\"finished\": \"2026-10-30\"}}}");
        assertTrue(ok("path").out().contains("mini-redis"));
        assertTrue(ok("progress").out().contains("Done: rustlings\n"));
        ok("start", "mini-redis", "--on", "2026-11-01");
        assertEquals(2, Json.mapper().readTree(profile().toFile()).get("version").asInt());
    }

    /** Issue 15: "start mini-redis --on 2027-12-01", a year ahead, was saved without a word. */
    @Test
    void startOrDone_inTheFuture_exits2AndChangesNothing() throws IOException {
        ok("start", "rustlings", "--on", "2026-10-01");
        byte[] before = Files.readAllBytes(profile());
        LocalDate next = LocalDate.now().plusYears(1);
        Run run = sp("start", "mini-redis", "--on", next.toString());
        assertEquals(2, run.code());
        assertEquals("studypath: --on: " + next + " is in the future (today is " + LocalDate.now()
                + "); nothing was changed\n", run.err());
        assertArrayEquals(before, Files.readAllBytes(profile()));
    }

    /** Issue 15: done and started today, then "Plan: 4.0 weeks ahead"; it is on plan. */
    @Test
    void progress_afterRecordingToday_isOnPlan_notWeeksAhead() {
        ok("done", "rustlings");
        ok("start", "mini-redis");
        Run run = ok("progress", "async networking", "--hours", "6");
        assertTrue(run.out().contains("\nPlan: on plan (within 0.5 weeks)"), run.out());
    }

    /** The same, with the goal set the day before: a project marked done without a start is not speed. */
    @Test
    void progress_doneWithoutAStartTheDayAfterTheGoalWasSet_isOnPlan() {
        ok("goal", "set", "async networking", "--hours", "6", "--start", LocalDate.now().minusDays(1).toString());
        ok("done", "rustlings");
        ok("start", "mini-redis");
        Run run = ok("progress");
        assertTrue(run.out().contains("\nPlan: on plan (within 0.5 weeks) against the plan made when you set the goal"),
                run.out());
    }

    /** Issue 15: with tokio done, path said everything was done and progress still listed rustlings and mini-redis. */
    @Test
    void progress_withTokioDone_agreesWithPath() {
        ok("done", "tokio", "--on", "2026-11-01");
        assertTrue(ok("path", "async networking").out().contains("Nothing to study for this goal:\n  - you know async at level 5"));
        Run run = ok("progress", "async networking");
        assertTrue(run.out().contains("\nStill to study: -\n"), run.out());
        assertTrue(run.out().contains("\nKnown through done projects: rustlings, mini-redis\n"), run.out());
        assertTrue(run.out().contains("\nPath: 3 of 3 projects done or known, 100% of the hours"), run.out());
    }

    /** Issue 12: this printed "Nothing to schedule: every project for this goal is done." */
    @Test
    void schedule_deadlineTooSoonForAnything_saysWhyWithTheHoursNeeded() {
        Run run = ok("schedule", "async networking", "--hours", "6", "--start", "2027-01-04", "--deadline", "2027-01-10");
        assertTrue(run.out().contains("\nNothing to schedule: no project ends by the deadline 2027-01-10 at 80% "
                + "confidence.\n"), run.out());
        assertTrue(run.out().contains("it leaves out rustlings, mini-redis, tokio (chance of finishing the whole path "
                + "by then: 0%)."), run.out());
        assertTrue(run.out().matches("(?s).*\nFinishing everything by then at 80% confidence would need [0-9.]+ h/week, "
                + "more than the 80 h/week a plan may have\\.\n.*"), run.out());
        assertFalse(run.out().contains("is done"), run.out());
    }

    /** Issue 15: an empty plan wrote an .ics with no event, exit 0. */
    @Test
    void schedule_emptyCalendar_isNotWrittenUnlessAllowed() {
        Path ics = dir.resolve("plan.ics");
        Run refused = sp("schedule", "async networking", "--hours", "6", "--start", "2027-01-04", "--deadline",
                "2027-01-10", "--format", "ics", "--out", ics.toString());
        assertEquals(2, refused.code());
        assertEquals(1, refused.err().lines().count(), refused.err());
        assertTrue(refused.err().startsWith("studypath: schedule: nothing to schedule: no project ends by the deadline "
                + "2027-01-10 at 80% confidence; finishing everything by then would need "), refused.err());
        assertFalse(Files.exists(ics));
        ok("schedule", "async networking", "--hours", "6", "--start", "2027-01-04", "--deadline", "2027-01-10",
                "--format", "ics", "--out", ics.toString(), "--allow-empty");
        assertTrue(Files.exists(ics));
    }

    /**
     * Issue 15: with the deadline on the P50 finish, the schedule said "everything fits": a 50 % chance.
     * At the default confidence (80 %) it does not fit; at --confidence 50 it does, and says its chance.
     */
    @Test
    void schedule_deadlineOnTheMedianFinish_fitsOnlyAtFiftyPercent() {
        JsonNode plain = Json.parse(ok("schedule", "CLI tools", "--start", "2026-12-01", "--format", "json").out());
        assertFalse(plain.has("deadline"), "no deadline object without a deadline");
        String median = plain.at("/finish/p50").asText();
        assertFalse(median.equals(plain.at("/finish/p80").asText()), plain.get("finish")::toString);

        Run at80 = ok("schedule", "CLI tools", "--start", "2026-12-01", "--deadline", median);
        assertTrue(at80.out().contains("\nDeadline " + median + " at 80% confidence: it leaves out "), at80.out());
        assertFalse(at80.out().contains("everything fits"), at80.out());
        Run at50 = ok("schedule", "CLI tools", "--start", "2026-12-01", "--deadline", median, "--confidence", "50");
        assertTrue(at50.out().matches("(?s).*\nDeadline " + median + " at 50% confidence: everything fits \\(chance of "
                + "finishing by then: [0-9]+%\\)\\.\n.*"), at50.out());
    }

    @Test
    void schedule_confidenceOtherThan50_80Or95_exits2() {
        Run run = sp("schedule", "async", "--start", "2027-01-04", "--confidence", "70");
        assertEquals(2, run.code());
        assertEquals("studypath: --confidence: must be 50, 80 or 95 (percent), was 70\n", run.err());
    }

    /** Issue 15: a schedule re-forecast at the learner's pace never said so. */
    @Test
    void schedule_statesThePaceItUsed_inTextAndMarkdown() {
        Run estimate = ok("schedule", "async networking", "--start", "2027-01-04");
        assertTrue(estimate.out().contains("\nPace: the catalog's estimates as they are"), estimate.out());
        ok("start", "rustlings", "--on", "2026-09-01");
        ok("done", "rustlings", "--on", "2026-11-20");
        Run text = ok("schedule", "async networking", "--start", "2027-01-04");
        assertTrue(text.out().matches("(?s).*\nPace: [0-9.]+ x the catalog's estimates \\(90% interval [0-9.]+-[0-9.]+\\), "
                + "learned from 1 finished project\n.*"), text.out());
        Run md = ok("schedule", "async networking", "--start", "2027-01-04", "--format", "md");
        assertTrue(md.out().contains("learned from 1 finished project."), md.out());
    }

    /** Issue 15: at 10 h a week the weeks added up to 119.8 h against a total of 120 h. */
    @Test
    void schedule_weeklyHours_addUpToTheTotal() {
        JsonNode schedule = Json.parse(ok("schedule", "async networking", "--hours", "10", "--start", "2027-01-04",
                "--format", "json").out());
        long weeks = 0;
        for (JsonNode week : schedule.get("weeks")) {
            weeks += Math.round(week.get("hours").asDouble() * 10);
        }
        assertEquals(Math.round(schedule.at("/totals/hours").asDouble() * 10), weeks);
    }
}
