package dev.studypath.server;

import static dev.studypath.server.ErrorsTest.inputError;
import static dev.studypath.server.ErrorsTest.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.studypath.dataset.Catalogs;
import dev.studypath.engine.Studypath;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each limit of {@link Limits} and {@link Server}, at its documented value, and CORS. */
class LimitsTest {

    /** A server on a free port for the whole class, stopped after it. */
    @RegisterExtension
    static final TestServer http = TestServer.start();

    private static String ids(int count, int length) {
        return IntStream.range(0, count).mapToObj(i -> ("p" + i + "x".repeat(length)).substring(0, length))
                .collect(Collectors.joining(","));
    }

    @Test
    void theDocumentedValues() {
        assertEquals(65_536, Server.MAX_BODY_BYTES);
        assertEquals(4096, Limits.MAX_QUERY_CHARS);
        assertEquals(100, Limits.MAX_LIST_ITEMS);
        assertEquals(1000, Limits.MAX_PROGRESS_EVENTS);
        assertEquals(100, Limits.MAX_ID_CHARS);
        assertEquals(16, Limits.MAX_JSON_DEPTH);
        assertEquals(1000, Limits.MAX_JSON_STRING_CHARS);
        assertEquals(30_000, Server.IDLE_TIMEOUT_MILLIS);
    }

    @Test
    void aQueryStringOver4096Characters_is414() {
        String query = "goal=" + "a".repeat(4092);
        assertEquals(4097, query.length());
        JsonNode problem = problem(http.get("/api/next?" + query), 414, "about:blank");
        assertEquals("the query string must be at most 4096 characters, was 4097", problem.get("detail").asText());
        assertEquals(400, http.get("/api/next?" + query.substring(1)).statusCode(), "4096 characters get an answer");
        assertEquals(414, http.get("/?" + query).statusCode(), "the page too");
    }

    @Test
    void aRequestLineOver8KiB_isRefusedByJettyAsAProblem() {
        HttpResponse<String> response = http.get("/api/next?goal=" + "a".repeat(20_000));
        assertEquals(ProblemDetails.MEDIA_TYPE + ";charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.statusCode() == 414 || response.statusCode() == 431, response::toString);
    }

    @Test
    void moreThan100Ids_is400() {
        assertEquals("completed: at most 100 values, was 101", inputError(problem(
                http.get("/api/path?completed=" + ids(101, 5)), 400, Problems.INVALID_INPUT)));
        assertEquals("/completed: at most 100 entries, was 101", inputError(problem(http.postJson("/api/schedule",
                "{\"completed\": [\"" + ids(101, 5).replace(",", "\", \"") + "\"]}"), 400, Problems.INVALID_INPUT)));
        String known = IntStream.range(0, 101).mapToObj(i -> "\"s" + i + "\": 1").collect(Collectors.joining(", "));
        assertEquals("/known: at most 100 entries, was 101", inputError(problem(http.postJson("/api/next",
                "{\"known\": {" + known + "}}"), 400, Problems.INVALID_INPUT)));
        String entry = "{\"project\": \"rustlings\", \"status\": \"done\", \"on\": \"2027-01-01\"}";
        assertEquals("/progress: at most 1000 entries, was 1001", inputError(problem(http.postJson("/api/next",
                "{\"progress\": [" + String.join(",", java.util.Collections.nCopies(1001, entry)) + "]}"), 400,
                Problems.INVALID_INPUT)));
    }

    @Test
    void anIdOver100Characters_is400() {
        assertEquals("completed: a value is at most 100 characters, was 101", inputError(problem(
                http.get("/api/next?completed=" + "x".repeat(101)), 400, Problems.INVALID_INPUT)));
        assertEquals("/completed/0: an id is at most 100 characters, was 101", inputError(problem(
                http.postJson("/api/next", "{\"completed\": [\"" + "x".repeat(101) + "\"]}"), 400, Problems.INVALID_INPUT)));
        assertEquals("id: an id is at most 100 characters, was 101", inputError(problem(
                http.get("/api/projects/" + "x".repeat(101)), 400, Problems.INVALID_INPUT)));
    }

    @Test
    void jsonNestedDeeperThan16_isRefusedWhileParsing() throws java.io.IOException {
        byte[] deep = ("[".repeat(17) + "]".repeat(17)).getBytes(StandardCharsets.UTF_8);
        StreamConstraintsException e = assertThrows(StreamConstraintsException.class,
                () -> JsonBody.read(deep, JsonNode.class));
        assertTrue(e.getMessage().startsWith("Document nesting depth (17) exceeds the maximum allowed (16"), e::getMessage);
        assertEquals(16, depthOf(("[".repeat(16) + "]".repeat(16))));
        // A request body fails on its first value of the wrong kind, before it gets that deep:
        problem(http.postJson("/api/schedule", "{\"timeOff\": " + "[".repeat(5000) + "}"), 400, Problems.INVALID_INPUT);
    }

    private static int depthOf(String json) throws java.io.IOException {
        JsonNode node = JsonBody.read(json.getBytes(StandardCharsets.UTF_8), JsonNode.class);
        int depth = 0;
        while (node.isArray()) {
            depth++;
            node = node.path(0);
        }
        return depth;
    }

    @Test
    void aJsonStringOver1000Characters_is400() {
        JsonNode problem = problem(http.postJson("/api/next", "{\"goal\": \"" + "a".repeat(5000) + "\"}"), 400,
                Problems.INVALID_INPUT);
        assertEquals("/goal: the body exceeds a limit: a string or property name is at most 1000 characters",
                inputError(problem));
        assertEquals(400, http.postJson("/api/next", "{\"" + "a".repeat(5000) + "\": 1}").statusCode());
    }

    @Test
    void duplicateKeys_areMalformedJson() {
        JsonNode problem = problem(http.postJson("/api/schedule", "{\"goal\": \"async\", \"goal\": \"cli\"}"), 400,
                Problems.MALFORMED_JSON);
        assertTrue(problem.get("detail").asText().startsWith("the body is not valid JSON: Duplicate field 'goal'"),
                problem::toString);
    }

    @Test
    void aNumberOutOfRange_is400() {
        assertEquals("/limit: a number is out of range: Numeric value (99999999999999999999) out of range of int "
                + "(-2147483648 - 2147483647)", inputError(problem(http.postJson("/api/next",
                "{\"limit\": 99999999999999999999}"), 400, Problems.INVALID_INPUT)));
        problem(http.postJson("/api/next", "{\"limit\": " + "9".repeat(200) + "}"), 400, Problems.INVALID_INPUT);
    }

    @Test
    void anIdleConnection_isClosedAfterTheIdleTimeout() {
        try (TestServer quick = new TestServer(TestServer.CLOCK, List.of(), 300)) {
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
                try (Socket socket = new Socket("127.0.0.1", quick.server.port())) {
                    socket.getOutputStream().write("GET /health HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));
                    InputStream in = socket.getInputStream();
                    long started = System.nanoTime();
                    while (in.read() >= 0) {
                        // drain whatever the server says before it closes
                    }
                    assertTrue(System.nanoTime() - started >= 200_000_000L, "closed too early");
                }
            });
        }
    }

    @Test
    void cors_isOffByDefault() {
        HttpResponse<String> response = http.send(http.request("/api/next").header("Origin", "https://evil.example")
                .build());
        assertEquals(200, response.statusCode());
        assertEquals(java.util.Optional.empty(), response.headers().firstValue("Access-Control-Allow-Origin"));
        HttpResponse<String> preflight = http.send(http.request("/api/schedule").header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .build());
        assertEquals(java.util.Optional.empty(), preflight.headers().firstValue("Access-Control-Allow-Origin"));
    }

    @Test
    void cors_whenConfigured_allowsExactlyThatOrigin() {
        try (TestServer cors = new TestServer(TestServer.CLOCK, List.of("https://app.example"),
                Server.IDLE_TIMEOUT_MILLIS)) {
            HttpResponse<String> allowed = cors.send(cors.request("/api/next").header("Origin", "https://app.example")
                    .build());
            assertEquals("https://app.example", allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
            HttpResponse<String> other = cors.send(cors.request("/api/next").header("Origin", "https://evil.example")
                    .build());
            assertEquals(java.util.Optional.empty(), other.headers().firstValue("Access-Control-Allow-Origin"));
            HttpResponse<String> preflight = cors.send(cors.request("/api/schedule")
                    .header("Origin", "https://app.example").header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "content-type")
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
            assertTrue(preflight.statusCode() < 300, preflight::toString);
            assertEquals("https://app.example", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        }
    }

    @Test
    void cors_refusesAWildcardOrAMalformedOrigin() {
        Studypath engine = Studypath.of(Catalogs.bundled());
        IllegalArgumentException wildcard = assertThrows(IllegalArgumentException.class,
                () -> Server.start(engine, "127.0.0.1", 0, List.of("*")));
        assertEquals("a CORS origin must be http(s)://host[:port], was '*'", wildcard.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Server.start(engine, "127.0.0.1", 0, List.of("https://app.example/path")));
    }

}
