package dev.studypath.server;

import static dev.studypath.server.TestServer.json;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every error status, each with its RFC 9457 problem body, through real HTTP. */
class ErrorsTest {

    /** A server on a free port for the whole class, stopped after it. */
    @RegisterExtension
    static final TestServer http = TestServer.start();

    /** Checks the status and the problem's media type, status and type, and returns the problem. */
    static JsonNode problem(HttpResponse<String> response, int status, String type) {
        assertEquals(status, response.statusCode(), response::body);
        assertEquals(ProblemDetails.MEDIA_TYPE + ";charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
        JsonNode problem = json(response.body());
        assertAll(
                () -> assertEquals(status, problem.get("status").asInt()),
                () -> assertEquals(type, problem.get("type").asText()),
                () -> assertFalse(problem.get("title").asText().isBlank()),
                () -> assertFalse(problem.get("detail").asText().isBlank()));
        return problem;
    }

    /** The single input error of a validation problem, as "parameter: message" or "pointer: message". */
    static String inputError(JsonNode problem) {
        assertEquals(1, problem.get("errors").size(), problem::toString);
        JsonNode error = problem.get("errors").get(0);
        String where = error.has("parameter") ? error.get("parameter").asText() : error.get("pointer").asText();
        return where + ": " + error.get("message").asText();
    }

    @Test
    void unknownGoal_is400WithSuggestions() {
        JsonNode problem = problem(http.get("/api/next?goal=tokoi%20quantum%20blockchain"), 400,
                Problems.UNKNOWN_GOAL);
        List<String> suggestions = new java.util.ArrayList<>();
        problem.get("suggestions").forEach(suggestion -> suggestions.add(suggestion.asText()));
        assertTrue(suggestions.contains("Tokio"), suggestions::toString);
        assertEquals("unclear goal 'tokoi quantum blockchain': most of its words name nothing in the catalog "
                + "(quantum, blockchain); did you mean: " + String.join(", ", suggestions) + "?",
                problem.get("detail").asText());
        JsonNode nothing = problem(http.get("/api/next?goal=quantum"), 400, Problems.UNKNOWN_GOAL);
        assertEquals("unknown goal 'quantum': it names no goal, project or skill of the catalog",
                nothing.get("detail").asText());
        assertEquals("goal: " + problem.get("detail").asText(), inputError(problem));
    }

    @Test
    void unknownCompletedProject_is400NamingIt() {
        JsonNode problem = problem(http.get("/api/path?goal=async&completed=rustlings,nope"), 400,
                Problems.INVALID_INPUT);
        assertEquals("completed: unknown project 'nope'", problem.get("detail").asText());
        assertEquals("completed: unknown project 'nope'", inputError(problem));
    }

    @Test
    void unknownKnownSkill_is400NamingIt() {
        JsonNode problem = problem(http.get("/api/next?known=telepathy:3"), 400, Problems.INVALID_INPUT);
        assertEquals("known: unknown skill 'telepathy'", inputError(problem));
    }

    @Test
    void valuesOutOfRange_are400NamingParameterAndValue() {
        assertAll(
                () -> assertEquals("limit: must be between 1 and 100, was 0",
                        inputError(problem(http.get("/api/next?limit=0"), 400, Problems.INVALID_INPUT))),
                () -> assertEquals("maxDifficulty: must be between 1 and 5, was 9",
                        inputError(problem(http.get("/api/path?maxDifficulty=9"), 400, Problems.INVALID_INPUT))),
                () -> assertEquals("known: level of 'async' must be between 0 and 5, was 7",
                        inputError(problem(http.get("/api/next?known=async:7"), 400, Problems.INVALID_INPUT))));
    }

    @Test
    void unreadableValues_are400NamingTheParameter() {
        assertAll(
                () -> assertEquals("limit: must be a whole number, was 'three'",
                        inputError(problem(http.get("/api/next?limit=three"), 400, Problems.INVALID_INPUT))),
                () -> assertEquals("known: expected SKILL=LEVEL (or SKILL:LEVEL), was 'async'",
                        inputError(problem(http.get("/api/next?known=async"), 400, Problems.INVALID_INPUT))),
                () -> assertEquals("known: the level of 'async' must be a whole number, was 'high'",
                        inputError(problem(http.get("/api/next?known=async:high"), 400, Problems.INVALID_INPUT))),
                () -> assertEquals("goal: given 2 times; give it once",
                        inputError(problem(http.get("/api/next?goal=a&goal=b"), 400, Problems.INVALID_INPUT))));
    }

    @Test
    void badPercentEncoding_is400NamingTheParameter() throws IOException {
        String response = raw("GET /api/next?goal=%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertTrue(response.startsWith("HTTP/1.1 400 "), response);
        assertEquals("goal: not valid percent-encoding: '%zz'",
                inputError(json(response.substring(response.indexOf("\r\n\r\n") + 4))));
    }

    @Test
    void parametersAnEndpointDoesNotTake_are400() {
        assertEquals("language: unknown parameter; this endpoint takes goal, completed, known, hours, maxDifficulty, "
                + "limit, lang", inputError(problem(http.get("/api/next?language=zh"), 400, Problems.INVALID_INPUT)));
        assertEquals("maxdifficulty: unknown parameter; this endpoint takes goal, completed, known, hours, maxDifficulty, "
                + "lang", inputError(problem(http.get("/api/path?maxdifficulty=3"), 400, Problems.INVALID_INPUT)));
        assertEquals("verbose: unknown parameter; this endpoint takes lang",
                inputError(problem(http.get("/api/projects?verbose=1"), 400, Problems.INVALID_INPUT)));
    }

    @Test
    void malformedJson_is400WithLineAndColumn() {
        JsonNode problem = problem(http.postJson("/api/schedule", "{\n  \"goal\": \"async\",\n  \"hoursPerWeek\": 6,,\n}"),
                400, Problems.MALFORMED_JSON);
        assertEquals(3, problem.get("line").asInt());
        assertEquals(21, problem.get("column").asInt());
        assertTrue(problem.get("detail").asText().startsWith("the body is not valid JSON: "), problem::toString);
        assertTrue(problem.get("detail").asText().endsWith(" at line 3, column 21"), problem::toString);
    }

    @Test
    void bodyValuesOfTheWrongKind_are400WithAPointer() {
        assertAll(
                () -> assertEquals("/hoursPerWeek: expected a number, was 'eight'", inputError(problem(
                        http.postJson("/api/schedule", "{\"hoursPerWeek\": \"eight\"}"), 400, Problems.INVALID_INPUT))),
                () -> assertEquals("/start: expected a date (YYYY-MM-DD), was '2027-13-01'", inputError(problem(
                        http.postJson("/api/schedule", "{\"start\": \"2027-13-01\"}"), 400, Problems.INVALID_INPUT))),
                () -> assertEquals("/known/async: expected a whole number, was '3.5'", inputError(problem(
                        http.postJson("/api/schedule", "{\"known\": {\"async\": 3.5}}"), 400, Problems.INVALID_INPUT))),
                () -> assertEquals("/completed: expected an array", inputError(problem(
                        http.postJson("/api/schedule", "{\"completed\": {\"a\": 1}}"), 400, Problems.INVALID_INPUT))),
                () -> assertEquals("/hours: unknown property 'hours'; known: completed, confidence, deadline, goal, hoursPerWeek, "
                        + "known, lang, maxDifficulty, progress, start, timeOff", inputError(problem(
                        http.postJson("/api/schedule", "{\"hours\": 8}"), 400, Problems.INVALID_INPUT))),
                () -> assertEquals(": the body must be a JSON object", inputError(problem(
                        http.postJson("/api/schedule", "[1, 2]"), 400, Problems.INVALID_INPUT))),
                () -> assertEquals(": the body must be a JSON object", inputError(problem(
                        http.postJson("/api/schedule", ""), 400, Problems.INVALID_INPUT))),
                () -> assertEquals(": the body must be a JSON object", inputError(problem(
                        http.postJson("/api/schedule", "null"), 400, Problems.INVALID_INPUT))));
    }

    @Test
    void bodyValuesTheEngineRefuses_are400WithAPointer() {
        assertAll(
                () -> assertEquals("/hoursPerWeek: must be between 1 and 80, was 100", inputError(problem(
                        http.postJson("/api/schedule", "{\"hoursPerWeek\": 100}"), 400, Problems.INVALID_INPUT))),
                () -> assertEquals("/hoursPerWeek: must be between 1 and 80, was 0", inputError(problem(
                        http.postJson("/api/schedule", "{\"hoursPerWeek\": 0}"), 400, Problems.INVALID_INPUT))),
                () -> assertEquals("/completed: unknown project 'nope'", inputError(problem(
                        http.postJson("/api/schedule", "{\"completed\": [\"nope\"]}"), 400, Problems.INVALID_INPUT))),
                () -> assertEquals("/deadline: 2026-12-01 is before start 2027-01-04", inputError(problem(
                        http.postJson("/api/schedule", "{\"start\": \"2027-01-04\", \"deadline\": \"2026-12-01\"}"),
                        400, Problems.INVALID_INPUT))),
                () -> assertEquals("/timeOff/0: end 2027-02-01 is before start 2027-02-07", inputError(problem(
                        http.postJson("/api/schedule", "{\"timeOff\": [{\"start\": \"2027-02-07\", \"end\": \"2027-02-01\"}]}"),
                        400, Problems.INVALID_INPUT))),
                () -> assertEquals("/timeOff/0: needs a start and an end date", inputError(problem(
                        http.postJson("/api/schedule", "{\"timeOff\": [{\"start\": \"2027-02-07\"}]}"),
                        400, Problems.INVALID_INPUT))),
                () -> assertEquals("/goal: unknown goal 'quantum': it names no goal, project or skill of the catalog",
                        inputError(problem(
                        http.postJson("/api/schedule", "{\"goal\": \"quantum\"}"), 400, Problems.UNKNOWN_GOAL))));
    }

    @Test
    void scheduleIcsParameters_areChecked() {
        assertAll(
                () -> assertEquals("hours: must be between 1 and 80, was 100", inputError(problem(
                        http.get("/api/schedule.ics?hours=100"), 400, Problems.INVALID_INPUT))),
                () -> assertEquals("start: must be a date YYYY-MM-DD, was 'monday'", inputError(problem(
                        http.get("/api/schedule.ics?start=monday"), 400, Problems.INVALID_INPUT))),
                () -> assertEquals("off: expected FROM..TO, was '2027-02-01'", inputError(problem(
                        http.get("/api/schedule.ics?off=2027-02-01"), 400, Problems.INVALID_INPUT))),
                () -> assertEquals("off: must be a date YYYY-MM-DD, was 'feb'", inputError(problem(
                        http.get("/api/schedule.ics?off=feb..2027-02-07"), 400, Problems.INVALID_INPUT))),
                () -> assertEquals("off: end 2027-01-01 is before start 2027-02-01", inputError(problem(
                        http.get("/api/schedule.ics?start=2027-01-04&off=2027-02-01..2027-01-01"), 400,
                        Problems.INVALID_INPUT))),
                () -> assertEquals("deadline: 2026-01-01 is before start 2027-01-04", inputError(problem(
                        http.get("/api/schedule.ics?start=2027-01-04&deadline=2026-01-01"), 400,
                        Problems.INVALID_INPUT))),
                () -> assertEquals("maxDifficulty: must be between 1 and 5, was 9", inputError(problem(
                        http.get("/api/schedule.ics?maxDifficulty=9"), 400, Problems.INVALID_INPUT))),
                () -> assertEquals("language: unknown parameter; this endpoint takes goal, completed, known, hours, "
                        + "maxDifficulty, start, off, deadline, confidence, lang",
                        inputError(problem(http.get("/api/schedule.ics?language=zh"), 400, Problems.INVALID_INPUT))));
    }

    /** Issue 14: next and path took neither the weekly hours nor (next) the highest difficulty. */
    @Test
    void nextAndPathHoursAndMaxDifficulty_areCheckedWithTheCommandLinesLimits() {
        assertAll(
                () -> assertEquals("hours: must be between 1 and 80, was 0.5", inputError(problem(
                        http.get("/api/next?hours=0.5"), 400, Problems.INVALID_INPUT))),
                () -> assertEquals("hours: must be a number, was 'six'", inputError(problem(
                        http.get("/api/path?hours=six"), 400, Problems.INVALID_INPUT))),
                () -> assertEquals("maxDifficulty: must be between 1 and 5, was 0", inputError(problem(
                        http.get("/api/next?maxDifficulty=0"), 400, Problems.INVALID_INPUT))),
                () -> assertEquals("/maxDifficulty: must be between 1 and 5, was 6", inputError(problem(
                        http.postJson("/api/path", "{\"maxDifficulty\": 6}"), 400, Problems.INVALID_INPUT))),
                () -> assertEquals("/hoursPerWeek: must be between 1 and 80, was 81", inputError(problem(
                        http.postJson("/api/next", "{\"hoursPerWeek\": 81}"), 400, Problems.INVALID_INPUT))));
    }

    @Test
    void bodyOver64KiB_is413() {
        String padding = " ".repeat(70_000);
        JsonNode problem = problem(tolerateReset(() -> http.postJson("/api/schedule",
                "{\"goal\": \"async\"" + padding + "}")), 413, "about:blank");
        assertEquals("Content Too Large", problem.get("title").asText());
        assertEquals("the request body must be at most 65536 bytes (64 KiB)", problem.get("detail").asText());
    }

    /**
     * Sends again when the connection was reset: the server answers 413 without reading the rest of
     * the body and may close the connection while the client is still sending, in which case the
     * client can lose the answer (seen once in a full build on a loaded machine).
     */
    private static HttpResponse<String> tolerateReset(java.util.function.Supplier<HttpResponse<String>> send) {
        java.io.UncheckedIOException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                return send.get();
            } catch (java.io.UncheckedIOException e) {
                last = e;
            }
        }
        throw last;
    }

    @Test
    void chunkedBodyOver64KiB_is413Too() {
        byte[] body = ("{\"goal\": \"async\"" + " ".repeat(70_000) + "}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = tolerateReset(() -> http.send(http.request("/api/schedule")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))).build()));
        assertEquals("the request body must be at most 65536 bytes (64 KiB)",
                problem(response, 413, "about:blank").get("detail").asText());
    }

    @Test
    void wrongContentType_is415() {
        HttpResponse<String> text = http.send(http.request("/api/schedule").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertEquals("the body must be application/json, was 'text/plain'",
                problem(text, 415, "about:blank").get("detail").asText());
        HttpResponse<String> none = http.send(http.request("/api/schedule")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertEquals("the body must be application/json, was no Content-Type",
                problem(none, 415, "about:blank").get("detail").asText());
        HttpResponse<String> withCharset = http.send(http.request("/api/schedule")
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString("{\"start\": \"2027-01-04\"}")).build());
        assertEquals(200, withCharset.statusCode(), withCharset.body());
    }

    @Test
    void unknownRoute_is404() {
        JsonNode problem = problem(http.get("/api/nothing-here"), 404, "about:blank");
        assertEquals("Not Found", problem.get("title").asText());
        assertEquals("no endpoint GET /api/nothing-here; the API is described at /openapi.json",
                problem.get("detail").asText());
        problem(http.get("/static/missing.js"), 404, "about:blank");
    }

    @Test
    void unknownProject_is404() {
        JsonNode problem = problem(http.get("/api/projects/nope"), 404, "about:blank");
        assertTrue(problem.get("detail").asText().startsWith("no project 'nope' in catalog 'rust-guide'; known: "
                + "rustlings, ripgrep, mini-redis"), problem::toString);
    }

    @Test
    void wrongMethod_is405WithAllow() {
        HttpResponse<String> response = http.send(http.request("/api/catalog")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build());
        JsonNode problem = problem(response, 405, "about:blank");
        assertEquals("Method Not Allowed", problem.get("title").asText());
        assertEquals("POST is not allowed on /api/catalog; allowed: GET", problem.get("detail").asText());
        assertEquals("GET", response.headers().firstValue("Allow").orElse(""));
        problem(http.send(http.request("/health").DELETE().build()), 405, "about:blank");
    }

    @Test
    void unsupportedAccept_is406() {
        for (String accept : List.of("text/csv", "application/json;q=0", "text/*")) {
            HttpResponse<String> response = http.send(http.request("/api/path?goal=async").header("Accept", accept)
                    .build());
            JsonNode problem = problem(response, 406, "about:blank");
            assertEquals("this endpoint answers with application/json, which the Accept header '" + accept
                    + "' does not accept", problem.get("detail").asText());
        }
        problem(http.send(http.request("/").header("Accept", "application/json").build()), 406, "about:blank");
        HttpResponse<String> schedule = http.send(http.request("/api/schedule").header("Accept", "image/png")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertEquals("this endpoint answers with application/json or text/calendar or text/markdown, which the "
                + "Accept header 'image/png' does not accept", problem(schedule, 406, "about:blank").get("detail").asText());
    }

    @Test
    void headersTooLarge_isAProblemToo() throws IOException {
        String response = raw("GET /health HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");
        assertTrue(response.startsWith("HTTP/1.1 431 "), response);
        assertTrue(response.contains("Content-Type: application/problem+json;charset=utf-8"), response);
        assertTrue(response.contains("\"status\" : 431"), response);
    }

    /** Jetty refuses it before Javalin sees it, yet the problem speaks the language the request asked for. */
    @Test
    void headersTooLarge_inChinese_isAChineseProblem() throws IOException {
        String response = raw("GET /health?lang=zh HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");
        assertTrue(response.startsWith("HTTP/1.1 431 "), response);
        assertTrue(response.contains("Content-Language: zh"), response);
        assertTrue(response.contains("Vary: Accept-Language"), response);
        assertTrue(response.contains("\"title\" : \"请求头过大\""), response);
    }

    @Test
    void unexpectedFailure_is500WithAnErrorIdThatIsLoggedAndNoInternalDetail() {
        JsonNode[] problem = new JsonNode[1];
        String log = capturingStandardError(() -> problem[0] = problem(unexpectedFailure(), 500, "about:blank"));
        String errorId = problem[0].get("errorId").asText();
        assertEquals("an unexpected failure occurred; quote error id " + errorId + " when you report it",
                problem[0].get("detail").asText());
        assertFalse(problem[0].toString().contains("boom"), "no internal detail in " + problem[0]);
        assertTrue(log.contains("unexpected failure " + errorId), log);
        assertTrue(log.contains("boom"), "the log has the cause: " + log);
    }

    /** Raw HTTP/1.1, for requests the Java client refuses to send. */
    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", http.server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * A request that fails inside the server for no fault of the client's: a schedule that starts
     * today, on a server whose clock is broken.
     */
    private static HttpResponse<String> unexpectedFailure() {
        Clock broken = TestServer.clock(() -> {
            throw new IllegalStateException("boom: the clock is broken");
        });
        try (TestServer failing = TestServer.start(broken)) {
            return failing.postJson("/api/schedule", "{\"goal\": \"async\"}");
        }
    }

    private static String capturingStandardError(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
