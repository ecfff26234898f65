package dev.studypath.server;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 13: Chinese in an error detail came back as question marks ({@code GET /api/next?goal=区块链}
 * answered {@code "unknown goal '???'"}, literal 0x3F bytes), because problem+json was written without a
 * charset and Jetty encoded it as ISO-8859-1. Every parameter and body field that an answer can echo is
 * sent here in Chinese; the answer must name {@code charset=utf-8} and its bytes, decoded as UTF-8
 * whatever the header says, must echo the Chinese.
 */
class Utf8AnswersTest {

    @RegisterExtension
    static final TestServer http = TestServer.start();

    private static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static Stream<Arguments> echoingParameters() {
        return Stream.of(
                Arguments.of("/api/next?goal=" + q("区块链"), "区块链"),
                Arguments.of("/api/path?goal=" + q("区块链"), "区块链"),
                Arguments.of("/api/schedule.ics?goal=" + q("区块链"), "区块链"),
                Arguments.of("/api/next?completed=" + q("项目"), "项目"),
                Arguments.of("/api/path?completed=" + q("项目"), "项目"),
                Arguments.of("/api/schedule.ics?completed=" + q("项目"), "项目"),
                Arguments.of("/api/next?known=" + q("烹饪:3"), "烹饪"),
                Arguments.of("/api/path?known=" + q("烹饪:3"), "烹饪"),
                Arguments.of("/api/next?known=" + q("async:五"), "五"),
                Arguments.of("/api/next?known=" + q("烹饪"), "烹饪"),
                Arguments.of("/api/next?limit=" + q("三"), "三"),
                Arguments.of("/api/path?maxDifficulty=" + q("三"), "三"),
                Arguments.of("/api/schedule.ics?hours=" + q("六"), "六"),
                Arguments.of("/api/schedule.ics?start=" + q("明天"), "明天"),
                Arguments.of("/api/next?" + q("语言") + "=zh", "语言"),
                Arguments.of("/api/projects?" + q("语言") + "=zh", "语言"),
                Arguments.of("/api/projects/" + q("项目"), "项目"),
                Arguments.of("/" + q("路径"), "路径"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("echoingParameters")
    void aParameterInChinese_isEchoedInUtf8(String pathAndQuery, String chinese) {
        assertEchoes(http.send(http.request(pathAndQuery).GET().build(), HttpResponse.BodyHandlers.ofByteArray()),
                chinese);
    }

    static Stream<Arguments> echoingBodies() {
        return Stream.of("/api/schedule", "/api/next", "/api/progress").flatMap(path -> Stream.of(
                Arguments.of(path, "{\"goal\": \"区块链\"}", "区块链"),
                Arguments.of(path, "{\"completed\": [\"项目\"]}", "项目"),
                Arguments.of(path, "{\"known\": {\"烹饪\": 3}}", "烹饪"),
                Arguments.of(path, "{\"语言\": \"zh\"}", "语言"),
                Arguments.of(path, "{\"progress\": [{\"project\": \"项目\", \"status\": \"done\", \"on\": \"2027-01-01\"}]}",
                        "项目"),
                Arguments.of(path, "{\"progress\": [{\"project\": \"rustlings\", \"status\": \"完成\", "
                        + "\"on\": \"2027-01-01\"}]}", "完成"),
                Arguments.of(path, "{\"progress\": [{\"project\": \"rustlings\", \"status\": \"done\", "
                        + "\"on\": \"明天\"}]}", "明天")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("echoingBodies")
    void aBodyFieldInChinese_isEchoedInUtf8(String path, String body, String chinese) {
        assertEchoes(http.send(http.request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofByteArray()), chinese);
    }

    static Stream<Arguments> echoingEndpointFields() {
        return Stream.of(
                Arguments.of("/api/schedule", "{\"start\": \"明天\"}", "明天"),
                Arguments.of("/api/schedule", "{\"deadline\": \"明天\"}", "明天"),
                Arguments.of("/api/schedule", "{\"timeOff\": [{\"start\": \"明天\", \"end\": \"2027-02-01\"}]}", "明天"),
                Arguments.of("/api/schedule", "{\"timeOff\": [{\"start\": \"2027-02-01\", \"end\": \"后天\"}]}", "后天"),
                Arguments.of("/api/schedule", "{\"hoursPerWeek\": \"六\"}", "六"),
                Arguments.of("/api/schedule", "{\"known\": {\"async\": \"三\"}}", "三"),
                Arguments.of("/api/progress", "{\"hoursPerWeek\": \"六\"}", "六"),
                Arguments.of("/api/progress", "{\"today\": \"今天\"}", "今天"),
                Arguments.of("/api/next", "{\"limit\": \"三\"}", "三"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("echoingEndpointFields")
    void anEndpointsOwnFieldInChinese_isEchoedInUtf8(String path, String body, String chinese) {
        aBodyFieldInChinese_isEchoedInUtf8(path, body, chinese);
    }

    @Test
    void successfulAnswers_nameUtf8Too() {
        for (String path : new String[] {"/health", "/api/catalog", "/api/projects", "/api/projects/rustlings",
                "/api/skills", "/api/goals", "/api/stages", "/openapi.json", "/api/next?goal=" + q("异步编程"),
                "/api/path?goal=" + q("异步编程"), "/", "/static/app.js", "/static/app.css"}) {
            HttpResponse<byte[]> response = http.send(http.request(path).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, response.statusCode(), path);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").toLowerCase(java.util.Locale.ROOT)
                    .replace(" ", "").endsWith(";charset=utf-8"),
                    path + ": " + response.headers().firstValue("Content-Type"));
        }
        HttpResponse<byte[]> stages = http.send(http.request("/api/stages").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        // The guide's name of its first stage, stated here independently of the catalog file.
        assertTrue(new String(stages.body(), StandardCharsets.UTF_8).contains("入门实践"));
    }

    private static void assertEchoes(HttpResponse<byte[]> response, String chinese) {
        String body = new String(response.body(), StandardCharsets.UTF_8);
        JsonNode problem = TestServer.json(body);
        assertAll(
                () -> assertTrue(response.statusCode() == 400 || response.statusCode() == 404,
                        response.statusCode() + " " + body),
                () -> assertEquals(ProblemDetails.MEDIA_TYPE + ";charset=utf-8",
                        response.headers().firstValue("Content-Type").orElse("")),
                () -> assertTrue(problem.get("detail").asText().contains(chinese), body),
                () -> assertTrue(!body.contains("?'") && !body.contains("??"), body));
    }
}
