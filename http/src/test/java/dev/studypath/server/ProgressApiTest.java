package dev.studypath.server;

import static dev.studypath.server.ErrorsTest.inputError;
import static dev.studypath.server.ErrorsTest.problem;
import static dev.studypath.server.TestServer.json;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Progress over HTTP (issue 8): the client keeps the learner's progress and sends it with each
 * request; done and skipped projects count as completed and finished ones calibrate the pace. The
 * server keeps nothing between requests.
 */
class ProgressApiTest {

    /** Rustlings (about 3 weeks at 10 h/week) started and finished in 2026; three months for it is slow. */
    private static final String SLOW_RUSTLINGS = "[{\"project\": \"rustlings\", \"status\": \"started\", \"on\": \"2026-09-01\"},"
            + " {\"project\": \"rustlings\", \"status\": \"done\", \"on\": \"2026-12-01\"}]";

    /** A server on a free port for the whole class, stopped after it. */
    @RegisterExtension
    static final TestServer http = TestServer.start();

    private static JsonNode ok(String path, String body) {
        var response = http.postJson(path, body);
        assertEquals(200, response.statusCode(), response::body);
        assertEquals("application/json;charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
        return json(response.body());
    }

    private static List<String> projects(JsonNode schedule) {
        List<String> ids = new ArrayList<>();
        schedule.get("items").forEach(item -> ids.add(item.get("project").asText()));
        return ids;
    }

    @Test
    void schedule_countsDoneAndSkippedAsCompleted() {
        JsonNode done = ok("/api/schedule", "{\"goal\": \"async networking\", \"start\": \"2027-01-04\", \"progress\": "
                + "[{\"project\": \"rustlings\", \"status\": \"done\", \"on\": \"2027-01-01\"}]}");
        JsonNode completed = ok("/api/schedule", "{\"goal\": \"async networking\", \"start\": \"2027-01-04\", "
                + "\"completed\": [\"rustlings\"]}");
        assertEquals(List.of("mini-redis", "tokio"), projects(done));
        assertEquals(completed, done, "without a start date, a done project is just completed: no pace to learn");
        JsonNode skipped = ok("/api/schedule", "{\"goal\": \"async networking\", \"start\": \"2027-01-04\", \"progress\": "
                + "[{\"project\": \"rustlings\", \"status\": \"skipped\", \"on\": \"2027-01-01\"}]}");
        assertEquals(List.of("mini-redis", "tokio"), projects(skipped));
        JsonNode started = ok("/api/schedule", "{\"goal\": \"async networking\", \"start\": \"2027-01-04\", \"progress\": "
                + "[{\"project\": \"rustlings\", \"status\": \"started\", \"on\": \"2027-01-01\"}]}");
        assertEquals(List.of("rustlings", "mini-redis", "tokio"), projects(started));
    }

    @Test
    void schedule_ofASlowLearner_finishesLater() {
        JsonNode estimate = ok("/api/schedule", "{\"goal\": \"async networking\", \"start\": \"2027-01-04\", "
                + "\"completed\": [\"rustlings\"]}");
        JsonNode slow = ok("/api/schedule", "{\"goal\": \"async networking\", \"start\": \"2027-01-04\", \"progress\": "
                + SLOW_RUSTLINGS + "}");
        assertEquals(projects(estimate), projects(slow));
        for (String level : List.of("p50", "p80", "p95")) {
            LocalDate before = LocalDate.parse(estimate.at("/finish/" + level).asText());
            LocalDate after = LocalDate.parse(slow.at("/finish/" + level).asText());
            assertTrue(after.isAfter(before), level + ": " + before + " -> " + after);
        }
    }

    @Test
    void postNext_equalsGetNextWithTheDoneProjectsCompleted() {
        JsonNode posted = ok("/api/next", "{\"goal\": \"async networking\", \"known\": {\"async\": 2}, \"limit\": 5, "
                + "\"progress\": " + SLOW_RUSTLINGS + "}");
        var got = http.get("/api/next?goal=async%20networking&known=async:2&limit=5&completed=rustlings");
        assertEquals(json(got.body()), posted);
        assertEquals(json(http.get("/api/next").body()), ok("/api/next", "{}"));
    }

    @Test
    void progress_reportsDoneRemainingAndAPaceAboveOne() {
        JsonNode report = ok("/api/progress", "{\"goal\": \"async networking\", \"hoursPerWeek\": 10, \"today\": "
                + "\"2027-01-04\", \"progress\": " + SLOW_RUSTLINGS.replace("]", ", {\"project\": \"mini-redis\", "
                + "\"status\": \"started\", \"on\": \"2026-12-02\"}]") + "}");
        assertAll(
                () -> assertEquals("[\"rustlings\"]", report.get("done").toString()),
                () -> assertEquals("[\"mini-redis\"]", report.get("inProgress").toString()),
                () -> assertEquals("[\"mini-redis\",\"tokio\"]", report.get("remaining").toString()),
                () -> assertEquals(1, report.at("/pace/observations").asInt()),
                () -> assertTrue(report.at("/pace/factor").asDouble() > 1.5, report::toString),
                () -> assertTrue(report.get("weeksAhead").asDouble() < 0, report::toString));
        JsonNode none = ok("/api/progress", "{}");
        assertEquals(1.0, none.at("/pace/factor").asDouble());
        assertEquals(0, none.at("/pace/observations").asInt());
    }

    @Test
    void badProgress_is400WithAPointerIntoIt() {
        assertAll(
                () -> assertEquals("/progress/0/status: expected one of started, done, skipped, was 'finished'",
                        inputError(problem(http.postJson("/api/schedule", "{\"progress\": [{\"project\": \"rustlings\", "
                                + "\"status\": \"finished\", \"on\": \"2027-01-01\"}]}"), 400, Problems.INVALID_INPUT))),
                () -> assertEquals("/progress/1: unknown project 'nope'", inputError(problem(http.postJson("/api/next",
                        "{\"progress\": [{\"project\": \"rustlings\", \"status\": \"done\", \"on\": \"2027-01-01\"}, "
                                + "{\"project\": \"nope\", \"status\": \"done\", \"on\": \"2027-01-01\"}]}"),
                        400, Problems.INVALID_INPUT))),
                () -> assertEquals("/progress/0: needs a project, a status and a date (on)", inputError(problem(
                        http.postJson("/api/progress", "{\"progress\": [{\"project\": \"rustlings\", \"status\": \"done\"}]}"),
                        400, Problems.INVALID_INPUT))),
                () -> assertEquals("/progress/0: needs a project, a status and a date (on)", inputError(problem(
                        http.postJson("/api/schedule", "{\"progress\": [null]}"), 400, Problems.INVALID_INPUT))),
                () -> assertEquals("/progress/0/on: expected a date (YYYY-MM-DD), was 'yesterday'", inputError(problem(
                        http.postJson("/api/schedule", "{\"progress\": [{\"project\": \"rustlings\", \"status\": \"done\", "
                                + "\"on\": \"yesterday\"}]}"), 400, Problems.INVALID_INPUT))),
                () -> assertEquals("/progress/0/when: unknown property 'when'; known: on, project, status",
                        inputError(problem(http.postJson("/api/next", "{\"progress\": [{\"when\": 1}]}"), 400,
                                Problems.INVALID_INPUT))),
                () -> assertEquals("/progress: expected an array", inputError(problem(
                        http.postJson("/api/next", "{\"progress\": {}}"), 400, Problems.INVALID_INPUT))),
                () -> assertEquals("/completed/0: must be a string, was null", inputError(problem(
                        http.postJson("/api/next", "{\"completed\": [null]}"), 400, Problems.INVALID_INPUT))),
                () -> assertEquals("/known/async: expected a whole number, was null", inputError(problem(
                        http.postJson("/api/schedule", "{\"known\": {\"async\": null}}"), 400, Problems.INVALID_INPUT))),
                () -> assertEquals("/limit: must be between 1 and 100, was 0", inputError(problem(
                        http.postJson("/api/next", "{\"limit\": 0}"), 400, Problems.INVALID_INPUT))));
    }

    /**
     * Issue 15: rustlings recorded as done, and mini-redis started, on the first day of tracking gave
     * "weeksAhead 4.02": work from before the plan counted as speed. It is on plan.
     */
    @Test
    void progress_workRecordedOnTheFirstDay_isOnPlan_notWeeksAhead() {
        JsonNode report = ok("/api/progress", "{\"goal\": \"async networking\", \"hoursPerWeek\": 6, \"today\": "
                + "\"2026-11-28\", \"progress\": [{\"project\": \"rustlings\", \"status\": \"done\", \"on\": "
                + "\"2026-11-28\"}, {\"project\": \"mini-redis\", \"status\": \"started\", \"on\": \"2026-11-28\"}]}");
        assertEquals("on_plan", report.at("/standing/status").asText(), report::toString);
        assertEquals(0.0, report.get("weeksAhead").asDouble());
        assertEquals("[\"mini-redis\",\"tokio\"]", report.get("remaining").toString());
    }

    /** Issue 15: with tokio done, progress listed rustlings and mini-redis as still to study while the path was empty. */
    @Test
    void progress_aDoneProjectMakesItsPrerequisitesKnown_likeThePath() {
        JsonNode report = ok("/api/progress", "{\"goal\": \"async networking\", \"today\": \"2026-11-28\", "
                + "\"progress\": [{\"project\": \"tokio\", \"status\": \"done\", \"on\": \"2026-11-01\"}]}");
        assertEquals("[]", report.get("remaining").toString());
        assertEquals("[\"rustlings\",\"mini-redis\"]", report.get("implied").toString());
        assertEquals(json(http.get("/api/path?goal=async%20networking&completed=tokio").body()).get("steps").size(),
                report.get("remaining").size());
    }

    /** Issue 15: today before the log's entries answered 200. */
    @Test
    void progress_todayBeforeTheLog_orSinceAfterToday_orDoneBeforeStart_is400NamingFieldAndValue() {
        assertAll(
                () -> assertEquals("/today: 2026-11-01 is before the log's latest entry: mini-redis started on "
                        + "2027-12-01", inputError(problem(http.postJson("/api/progress", "{\"today\": \"2026-11-01\", "
                        + "\"progress\": [{\"project\": \"mini-redis\", \"status\": \"started\", \"on\": "
                        + "\"2027-12-01\"}]}"), 400, Problems.INVALID_INPUT))),
                () -> assertEquals("/since: 2026-12-01 is after today 2026-11-28", inputError(problem(http.postJson(
                        "/api/progress", "{\"today\": \"2026-11-28\", \"since\": \"2026-12-01\"}"), 400,
                        Problems.INVALID_INPUT))),
                () -> assertEquals("/progress/1: tokio done on 2026-11-01, before it was started on 2026-11-10",
                        inputError(problem(http.postJson("/api/progress", "{\"progress\": [{\"project\": \"tokio\", "
                                + "\"status\": \"started\", \"on\": \"2026-11-10\"}, {\"project\": \"tokio\", "
                                + "\"status\": \"done\", \"on\": \"2026-11-01\"}]}"), 400, Problems.INVALID_INPUT))));
    }

    @Test
    void progress_sinceTheGoalWasSet_creditsOnlyWorkAfterIt() {
        JsonNode report = ok("/api/progress", "{\"goal\": \"async networking\", \"hoursPerWeek\": 10, \"today\": "
                + "\"2026-12-05\", \"since\": \"2026-11-28\", \"progress\": [{\"project\": \"rustlings\", "
                + "\"status\": \"done\", \"on\": \"2026-11-20\"}, {\"project\": \"mini-redis\", \"status\": "
                + "\"started\", \"on\": \"2026-11-28\"}]}");
        assertEquals("2026-11-28", report.at("/standing/since").asText());
        assertEquals(10.0, report.at("/standing/hoursExpected").asDouble(), 1e-9);
        assertEquals(10.0, report.at("/standing/hoursCredited").asDouble(), 1e-9);
    }

    @Test
    void schedule_withoutADeadline_hasNoDeadlineObject_andStatesItsPace() {
        JsonNode plain = ok("/api/schedule", "{\"goal\": \"async networking\", \"start\": \"2027-01-04\"}");
        assertTrue(!plain.has("deadline"), plain::toString);
        assertEquals(0, plain.at("/pace/observations").asInt());
        assertEquals("all", plain.get("outcome").asText());
        JsonNode slow = ok("/api/schedule", "{\"goal\": \"async networking\", \"start\": \"2027-01-04\", "
                + "\"progress\": " + SLOW_RUSTLINGS + "}");
        assertEquals(1, slow.at("/pace/observations").asInt());
        assertTrue(slow.at("/pace/factor").asDouble() > 1, slow::toString);
    }

    @Test
    void schedule_deadlineAtAConfidence_saysItsChance() {
        JsonNode tight = ok("/api/schedule", "{\"goal\": \"async networking\", \"start\": \"2027-01-04\", "
                + "\"hoursPerWeek\": 6, \"deadline\": \"2027-01-10\", \"confidence\": 95}");
        assertEquals("nothing_fits", tight.get("outcome").asText());
        assertEquals(95, tight.at("/deadline/confidence").asInt());
        assertEquals(0.0, tight.at("/deadline/probability").asDouble());
        assertEquals("too_late", tight.at("/deadline/why/2/reason").asText());
        assertEquals("/confidence: must be 50, 80 or 95 (percent), was 70", inputError(problem(http.postJson(
                "/api/schedule", "{\"confidence\": 70}"), 400, Problems.INVALID_INPUT)));
    }
}
