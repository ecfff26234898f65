package dev.studypath.server;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 13: an answer in the reader's language. The {@code lang} parameter (or a body's {@code lang}) first,
 * then {@code Accept-Language}, then Chinese for a goal written in Chinese, then the server's locale; every
 * answer names its language in {@code Content-Language} and says {@code Vary: Accept-Language}, and a problem
 * speaks the language the answer would have.
 */
class AnswerLanguageTest {

    private static final String ACCEPT_CHINESE = "zh-CN,zh;q=0.9";

    @RegisterExtension
    static final TestServer http = TestServer.start();

    private static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static boolean hasHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** The "text" of every reason and omission in a JSON answer. */
    private static List<String> texts(JsonNode answer) {
        List<String> texts = new ArrayList<>();
        answer.findParents("text").forEach(parent -> {
            if (parent.has("kind") || parent.has("reason")) {
                texts.add(parent.get("text").asText());
            }
        });
        return texts;
    }

    private static HttpResponse<String> get(String pathAndQuery, String acceptLanguage) {
        HttpRequest.Builder request = http.request(pathAndQuery).GET();
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return http.send(request.build());
    }

    private static void assertLanguage(String expected, HttpResponse<String> response) {
        assertAll(
                () -> assertEquals(expected, response.headers().firstValue("Content-Language").orElse(null),
                        response.uri() + " " + response.body()),
                () -> assertTrue(response.headers().allValues("Vary").stream()
                        .anyMatch(vary -> vary.contains("Accept-Language")), response.uri() + " " + response.headers()));
    }

    /** The server's own problems, with a Chinese value echoed in the detail, which is all Chinese besides. */
    static Stream<Arguments> serversOwnProblems() {
        return Stream.of(
                Arguments.of("/api/next?lang=zh&goal=" + q("异步编程") + "&limit=" + q("三"), "limit：必须是整数，实际为「三」"),
                Arguments.of("/api/path?lang=zh&maxDifficulty=" + q("三"), "maxDifficulty：必须是整数，实际为「三」"),
                Arguments.of("/api/schedule.ics?lang=zh&hours=" + q("六"), "hours：必须是数字，实际为「六」"),
                Arguments.of("/api/schedule.ics?lang=zh&start=" + q("明天"), "start：必须是 YYYY-MM-DD 格式的日期，实际为「明天」"),
                Arguments.of("/api/next?lang=zh&known=" + q("烹饪"), "known：应写作「技能=等级」（或「技能:等级」），实际为「烹饪」"),
                Arguments.of("/api/next?lang=zh&known=" + q("async:五"), "known：「async」的等级必须是整数，实际为「五」"),
                Arguments.of("/api/next?lang=zh&goal=a&goal=b", "goal：给出了 2 次；只能给一次"),
                Arguments.of("/api/projects?lang=zh&" + q("语言") + "=zh", "语言：未知参数；此端点只接受 lang"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("serversOwnProblems")
    void langZh_givesTheServersOwnProblemsInChinese(String pathAndQuery, String detail) {
        HttpResponse<String> response = get(pathAndQuery, null);
        JsonNode problem = TestServer.json(response.body());
        assertLanguage("zh", response);
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("输入无效", problem.get("title").asText());
        assertEquals(detail, problem.get("detail").asText());
    }

    /** Every parameter an answer can echo, in Chinese, with lang=zh: a Chinese title, the value echoed. */
    static Stream<Arguments> echoingParameters() {
        return Utf8AnswersTest.echoingParameters().map(arguments -> {
            String pathAndQuery = (String) arguments.get()[0];
            return Arguments.of(pathAndQuery + (pathAndQuery.contains("?") ? "&" : "?") + "lang=zh", arguments.get()[1]);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("echoingParameters")
    void everyEchoedParameterInChinese_withLangZh_isAChineseProblem(String pathAndQuery, String chinese) {
        HttpResponse<String> response = get(pathAndQuery, null);
        JsonNode problem = TestServer.json(response.body());
        assertLanguage("zh", response);
        assertAll(
                () -> assertTrue(hasHan(problem.get("title").asText()), response.body()),
                () -> assertTrue(problem.get("detail").asText().contains(chinese), response.body()));
    }

    /** Every body field an answer can echo, in Chinese, with "lang": "zh" in the body. */
    static Stream<Arguments> echoingBodies() {
        return Stream.concat(Utf8AnswersTest.echoingBodies(), Utf8AnswersTest.echoingEndpointFields())
                .map(Arguments::get)
                .filter(arguments -> !((String) arguments[1]).contains("语言"))
                .map(arguments -> Arguments.of(arguments[0],
                        ((String) arguments[1]).replaceFirst("\\{", "{\"lang\": \"zh\", "), arguments[2]));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("echoingBodies")
    void everyEchoedBodyFieldInChinese_withLangZhInTheBody_isAChineseProblem(String path, String body, String chinese) {
        HttpResponse<String> response = http.postJson(path, body);
        JsonNode problem = TestServer.json(response.body());
        assertLanguage("zh", response);
        assertAll(
                () -> assertTrue(hasHan(problem.get("title").asText()), response.body()),
                () -> assertTrue(problem.get("detail").asText().contains(chinese), response.body()));
    }

    @Test
    void anUnknownBodyProperty_inChinese_namesItInAChineseDetail() {
        HttpResponse<String> response = http.postJson("/api/next?lang=zh", "{\"语言\": \"zh\"}");
        assertLanguage("zh", response);
        assertEquals("/语言：未知属性「语言」；可用的属性：completed, goal, hoursPerWeek, known, lang, limit, maxDifficulty, "
                + "progress", TestServer.json(response.body()).get("detail").asText());
    }

    @Test
    void acceptLanguageChinese_givesChineseReasons() {
        HttpResponse<String> response = get("/api/path?goal=async", ACCEPT_CHINESE);
        assertLanguage("zh", response);
        List<String> texts = texts(TestServer.json(response.body()));
        assertFalse(texts.isEmpty());
        texts.forEach(text -> assertTrue(hasHan(text), text));
    }

    @Test
    void langEn_overridesAcceptLanguageChinese() {
        HttpResponse<String> response = get("/api/path?goal=async&lang=en", ACCEPT_CHINESE);
        assertLanguage("en", response);
        texts(TestServer.json(response.body())).forEach(text -> assertFalse(hasHan(text), text));
        HttpResponse<String> problem = get("/api/next?lang=en&limit=x", ACCEPT_CHINESE);
        assertLanguage("en", problem);
        assertEquals("Invalid input", TestServer.json(problem.body()).get("title").asText());
    }

    @Test
    void aChineseGoal_withoutLangOrAcceptLanguage_givesChinese() {
        HttpResponse<String> response = get("/api/path?goal=" + q("异步编程"), null);
        assertLanguage("zh", response);
        texts(TestServer.json(response.body())).forEach(text -> assertTrue(hasHan(text), text));
        HttpResponse<String> posted = http.postJson("/api/next", "{\"goal\": \"异步编程\"}");
        assertLanguage("zh", posted);
        texts(TestServer.json(posted.body())).forEach(text -> assertTrue(hasHan(text), text));
    }

    @Test
    void aChineseGoal_withAcceptLanguageEnglish_givesEnglish() {
        HttpResponse<String> response = get("/api/path?goal=" + q("异步编程"), "en-GB,en;q=0.8");
        assertLanguage("en", response);
        texts(TestServer.json(response.body())).forEach(text -> assertFalse(hasHan(text), text));
    }

    @Test
    void withNoChoice_theServersLocaleDecides() {
        assertLanguage("en", get("/api/path?goal=async", null));
        try (TestServer chinese = new TestServer(TestServer.CLOCK, List.of(), Server.IDLE_TIMEOUT_MILLIS,
                Locale.SIMPLIFIED_CHINESE)) {
            HttpResponse<String> response = chinese.get("/api/path?goal=async");
            assertEquals("zh", response.headers().firstValue("Content-Language").orElse(null));
            texts(TestServer.json(response.body())).forEach(text -> assertTrue(hasHan(text), text));
        }
    }

    @Test
    void aBodysLang_beatsTheQuerysAndTheHeader() {
        HttpResponse<String> response = http.send(http.request("/api/path?lang=zh")
                .header("Content-Type", "application/json").header("Accept-Language", ACCEPT_CHINESE)
                .POST(HttpRequest.BodyPublishers.ofString("{\"goal\": \"async\", \"lang\": \"en\"}")).build());
        assertLanguage("en", response);
        texts(TestServer.json(response.body())).forEach(text -> assertFalse(hasHan(text), text));
    }

    /** The answers are cached by request; the language is part of the request even when only a header chose it. */
    @Test
    void theSameQueryInTwoLanguages_getsTwoAnswers() {
        HttpResponse<String> english = get("/api/next?goal=networking", "en");
        HttpResponse<String> chinese = get("/api/next?goal=networking", ACCEPT_CHINESE);
        assertLanguage("en", english);
        assertLanguage("zh", chinese);
        assertFalse(hasHan(String.join(" ", texts(TestServer.json(english.body())))));
        assertTrue(hasHan(String.join(" ", texts(TestServer.json(chinese.body())))));
    }

    @Test
    void anUnsupportedLang_is400NamingTheParameter_inTheLanguageOfTheRestOfTheRule() {
        HttpResponse<String> response = get("/api/next?lang=fr", ACCEPT_CHINESE);
        JsonNode problem = TestServer.json(response.body());
        assertEquals(400, response.statusCode());
        assertLanguage("zh", response);
        assertEquals("lang", problem.at("/errors/0/parameter").asText());
        assertEquals("lang：不支持的语言「fr」；本服务只用 en（英文）或 zh（中文）回答", problem.get("detail").asText());
        HttpResponse<String> english = get("/api/projects?lang=klingon", null);
        assertEquals("lang: unsupported language 'klingon'; this server answers in en (English) or zh (Chinese)",
                TestServer.json(english.body()).get("detail").asText());
        HttpResponse<String> body = http.postJson("/api/schedule", "{\"lang\": \"fr\"}");
        assertEquals(400, body.statusCode());
        assertEquals("/lang", TestServer.json(body.body()).at("/errors/0/pointer").asText());
    }

    @Test
    void everyKindOfAnswer_namesItsLanguageAndVaries() {
        for (String path : List.of("/health", "/openapi.json", "/", "/api/catalog", "/api/projects", "/api/projects/tokio",
                "/api/skills", "/api/goals", "/api/stages", "/api/guide", "/api/messages", "/api/schedule.ics?goal=async",
                "/api/nothing-here", "/api/projects/nope")) {
            assertLanguage("zh", get(path + (path.contains("?") ? "&" : "?") + "lang=zh", null));
            assertLanguage("zh", get(path, ACCEPT_CHINESE));
            assertLanguage("en", get(path, null));
        }
        HttpResponse<String> notFound = get("/api/projects/nope", ACCEPT_CHINESE);
        assertEquals("未找到", TestServer.json(notFound.body()).get("title").asText());
        assertTrue(TestServer.json(notFound.body()).get("detail").asText().startsWith("目录「rust-guide」中没有项目「nope」"),
                notFound.body());
        HttpResponse<String> notAllowed = http.send(http.request("/api/goals?lang=zh").DELETE().build());
        assertLanguage("zh", notAllowed);
        assertEquals("/api/goals 不允许 DELETE 方法；允许的方法：GET", TestServer.json(notAllowed.body()).get("detail").asText());
        HttpResponse<String> calendar = http.send(http.request("/api/schedule")
                .header("Content-Type", "application/json").header("Accept", "text/calendar")
                .POST(HttpRequest.BodyPublishers.ofString("{\"goal\": \"异步编程\"}")).build());
        assertLanguage("zh", calendar);
    }

    @Test
    void apiMessages_isThePagesBundleInTheAnswersLanguage() {
        JsonNode english = TestServer.json(get("/api/messages?lang=en", null).body());
        JsonNode chinese = TestServer.json(get("/api/messages", ACCEPT_CHINESE).body());
        assertEquals("Plan", english.get("submit").asText());
        assertEquals("制定计划", chinese.get("submit").asText());
        List<String> englishKeys = new ArrayList<>();
        english.fieldNames().forEachRemaining(englishKeys::add);
        List<String> chineseKeys = new ArrayList<>();
        chinese.fieldNames().forEachRemaining(chineseKeys::add);
        assertEquals(englishKeys, chineseKeys);
    }
}
