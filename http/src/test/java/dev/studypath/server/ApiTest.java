package dev.studypath.server;

import static dev.studypath.server.TestServer.json;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.studypath.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** Every endpoint's success answer, through real HTTP against a server on a free port. */
class ApiTest {

    /** A server on a free port for the whole class, stopped after it. */
    @RegisterExtension
    static final TestServer http = TestServer.start();

    private static JsonNode ok(String pathAndQuery) {
        HttpResponse<String> response = http.get(pathAndQuery);
        assertEquals(200, response.statusCode(), () -> pathAndQuery + ": " + response.body());
        assertEquals("application/json;charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
        return json(response.body());
    }

    /** What the command line prints for {@code args}, parsed. */
    private static JsonNode cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, code, err::toString);
        return json(out.toString());
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.get(field).asText()));
        return texts;
    }

    @Test
    void health_answersOkWithTheCatalogIdAndVersion() {
        JsonNode health = ok("/health");
        assertAll(
                () -> assertEquals("ok", health.get("status").asText()),
                () -> assertEquals("rust-guide", health.get("catalog").asText()),
                () -> assertEquals(Server.version(), health.get("version").asText()));
    }

    @Test
    void catalog_givesTitleCountsAndBaselineHours() {
        JsonNode catalog = ok("/api/catalog");
        assertAll(
                () -> assertEquals("GitHub Rust projects learning guide", catalog.at("/title/en").asText()),
                () -> assertEquals(10.0, catalog.get("baselineHoursPerWeek").asDouble()),
                () -> assertEquals(10, catalog.at("/counts/projects").asInt()),
                () -> assertEquals(10, catalog.at("/counts/prerequisites").asInt()),
                () -> assertEquals(24, catalog.at("/counts/skills").asInt()),
                () -> assertEquals(4, catalog.at("/counts/stages").asInt()),
                () -> assertEquals(7, catalog.at("/counts/goals").asInt()));
    }

    @Test
    void projects_equalsTheCommandLinesCatalogList() {
        JsonNode projects = ok("/api/projects");
        assertEquals(cli("catalog", "list", "--json"), projects);
        assertEquals(List.of("rustlings", "ripgrep", "mini-redis", "serde", "clap", "tokio", "deno", "alacritty",
                "servo", "firecracker"), texts(projects.get("projects"), "id"));
        assertEquals("mini-redis", projects.at("/projects/5/prerequisites/0").asText());
    }

    @Test
    void project_equalsTheCommandLinesCatalogShow() {
        assertEquals(cli("catalog", "show", "tokio", "--json"), ok("/api/projects/tokio"));
    }

    @Test
    void skillsGoalsAndStages_listTheCatalogsOwn() {
        assertAll(
                () -> assertEquals(24, ok("/api/skills").get("skills").size()),
                () -> assertEquals(List.of("cli-tools", "async", "networking", "systems", "graphics", "browser",
                        "cross-language"), texts(ok("/api/goals").get("goals"), "id")),
                () -> assertEquals(List.of("1", "2", "3", "4"), texts(ok("/api/stages").get("stages"), "number")));
    }

    @Test
    void next_equalsTheCommandLinesNext() {
        JsonNode next = ok("/api/next?goal=async%20networking&completed=rustlings&known=async:2&limit=2");
        assertEquals(cli("next", "async networking", "--completed", "rustlings", "--known", "async=2", "--limit", "2",
                "--json"), next);
        assertTrue(next.get("candidates").size() <= 2, next::toString);
    }

    @Test
    void next_takesRepeatedAndCommaSeparatedListsAndBothLevelSeparators() {
        JsonNode repeated = ok("/api/next?goal=systems&completed=rustlings&completed=mini-redis"
                + "&known=async=3&known=networking:2");
        JsonNode commas = ok("/api/next?goal=systems&completed=rustlings,%20mini-redis&known=async:3,networking=2");
        assertEquals(commas, repeated);
        assertEquals(cli("next", "systems", "--completed", "rustlings,mini-redis", "--known", "async=3,networking=2",
                "--json"), repeated);
    }

    @Test
    void repeatedAndReorderedQuestions_getTheSameAnswer() {
        String first = http.get("/api/path?goal=systems&completed=rustlings,mini-redis&known=async:3").body();
        assertEquals(first, http.get("/api/path?goal=systems&completed=rustlings,mini-redis&known=async:3").body());
        assertEquals(first, http.get("/api/path?known=async=3&completed=mini-redis&completed=rustlings&goal=systems")
                .body());
        assertEquals(cli("path", "systems", "--completed", "rustlings,mini-redis", "--known", "async=3", "--json"),
                json(first));
    }

    @Test
    void next_withoutGoalRecommendsFromTheWholeRoute() {
        JsonNode next = ok("/api/next");
        assertEquals("whole_route", next.at("/goal/kind").asText());
        assertEquals("rustlings", next.at("/candidates/0/project").asText());
    }

    @Test
    void path_equalsTheCommandLinesPath() {
        JsonNode path = ok("/api/path?goal=async%20networking");
        assertEquals(cli("path", "async networking", "--json"), path);
        assertEquals(List.of("rustlings", "mini-redis", "tokio"), texts(path.get("steps"), "project"));
    }

    @Test
    void path_honoursCompletedKnownAndMaxDifficulty() {
        JsonNode path = ok("/api/path?goal=&completed=rustlings&known=async:3&maxDifficulty=3");
        assertEquals(cli("path", "", "--completed", "rustlings", "--known", "async=3", "--max-difficulty", "3",
                "--json"), path);
        assertTrue(path.get("steps").size() > 0);
        path.get("steps").forEach(step -> assertTrue(step.get("difficulty").asInt() <= 3, step::toString));
    }

    /** Issue 14: the API refused the command line's --hours and (for next) --max-difficulty. */
    @Test
    void nextAndPath_takeHoursAndMaxDifficultyAsTheCommandLineDoes() {
        assertEquals(cli("next", "async networking", "--hours", "6", "--max-difficulty", "4", "--json"),
                ok("/api/next?goal=async%20networking&hours=6&maxDifficulty=4"));
        JsonNode path = ok("/api/path?goal=async%20networking&hours=6");
        assertEquals(cli("path", "async networking", "--hours", "6", "--json"), path);
        assertTrue(path.at("/steps/2/reasons").toString().contains("at 6 h/week"), path::toString);
    }

    /**
     * Issue 14: the API refused options that the command line takes (next and path refused --hours,
     * next --max-difficulty, schedule.ics --off and --deadline). Every option of next, path and schedule
     * that shapes the answer is a parameter of the matching endpoint; a new option fails here until it is.
     */
    @Test
    void everyPlanningOptionOfTheCommandLine_isAParameterOfItsEndpoint() {
        CommandLine cli = new CommandLine(Main.class);
        Map<String, String> parameterOf = Map.of("--completed", "completed", "--known", "known",
                "--hours", "hours", "--max-difficulty", "maxDifficulty", "--limit", "limit", "--start", "start",
                "--off", "off", "--deadline", "deadline", "--confidence", "confidence", "--lang", "lang");
        // How the answer is written (the Accept header over HTTP), where the server's catalog comes from (serve
        // --catalog), and the saved profile, which an HTTP client keeps and sends as a POST body's progress.
        Set<String> notParameters = Set.of("--json", "--format", "--out", "--help", "--version",
                "--catalog", "--profile", "--allow-empty");
        Map<String, String> endpoints = Map.of("next", "/api/next", "path", "/api/path",
                "schedule", "/api/schedule.ics");
        endpoints.forEach((command, endpoint) -> {
            Set<String> taken = http.parametersTakenBy(endpoint);
            assertTrue(taken.contains("goal"), endpoint + " takes the goal");
            for (OptionSpec option : cli.getSubcommands().get(command).getCommandSpec().options()) {
                String name = option.longestName();
                if (notParameters.contains(name)) {
                    continue;
                }
                assertTrue(parameterOf.containsKey(name), command + " has a new option " + name + ": give it a parameter");
                assertTrue(taken.contains(parameterOf.get(name)), command + " " + name + ": " + endpoint + " takes " + taken);
            }
        });
    }

    @Test
    void postedNextAndPath_takeTheWholeProfileAndTheProgress() {
        String body = "{\"goal\": \"async networking\", \"hoursPerWeek\": 6, \"maxDifficulty\": 5, \"progress\": "
                + "[{\"project\": \"rustlings\", \"status\": \"done\", \"on\": \"2026-12-01\"}]}";
        HttpResponse<String> path = http.postJson("/api/path", body);
        assertEquals(200, path.statusCode(), path.body());
        assertEquals(cli("path", "async networking", "--completed", "rustlings", "--hours", "6", "--json"),
                json(path.body()));
        HttpResponse<String> next = http.postJson("/api/next", body);
        assertEquals(200, next.statusCode(), next.body());
        assertEquals(cli("next", "async networking", "--completed", "rustlings", "--hours", "6", "--json"),
                json(next.body()));
    }

    private static final String PROFILE = "{\"goal\": \"async networking\", \"completed\": [\"rustlings\"], "
            + "\"known\": {\"async\": 2}, \"hoursPerWeek\": 6, \"start\": \"2027-01-04\", "
            + "\"timeOff\": [{\"start\": \"2027-02-01\", \"end\": \"2027-02-07\"}], \"deadline\": \"2027-12-31\"}";
    private static final String[] PROFILE_ARGS = {"async networking", "--completed", "rustlings", "--known", "async=2",
        "--hours", "6", "--start", "2027-01-04", "--off", "2027-02-01..2027-02-07", "--deadline", "2027-12-31"};

    private static String[] scheduleArgs(String format) {
        List<String> args = new ArrayList<>(List.of("schedule"));
        args.addAll(List.of(PROFILE_ARGS));
        args.addAll(List.of("--format", format));
        return args.toArray(String[]::new);
    }

    private static String cliText(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true)), err::toString);
        return out.toString();
    }

    private static HttpResponse<String> schedule(String accept) {
        HttpRequest.Builder request = http.request("/api/schedule").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(PROFILE));
        return http.send((accept == null ? request : request.header("Accept", accept)).build());
    }

    @Test
    void schedule_equalsTheCommandLinesScheduleJson() {
        HttpResponse<String> response = schedule(null);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("application/json;charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
        JsonNode schedule = json(response.body());
        assertEquals(cli(scheduleArgs("json")), schedule);
        assertEquals(List.of("mini-redis", "tokio"), texts(schedule.get("items"), "project"));
        assertEquals("2027-01-04", schedule.get("start").asText());
    }

    @Test
    void schedule_negotiatesICalendarAndMarkdown() {
        HttpResponse<String> calendar = schedule("text/calendar");
        HttpResponse<String> markdown = schedule("text/markdown, application/json;q=0.5");
        assertAll(
                () -> assertEquals(200, calendar.statusCode()),
                () -> assertEquals("text/calendar;charset=utf-8", calendar.headers().firstValue("Content-Type").orElse("")),
                () -> assertEquals(cliText(scheduleArgs("ics")), calendar.body()),
                () -> assertTrue(calendar.body().startsWith("BEGIN:VCALENDAR\r\n")),
                () -> assertEquals(200, markdown.statusCode()),
                () -> assertEquals("text/markdown;charset=utf-8", markdown.headers().firstValue("Content-Type").orElse("")),
                () -> assertEquals(cliText(scheduleArgs("md")), markdown.body()));
    }

    @Test
    void schedule_startsTodayWhenNoStartIsGiven() {
        JsonNode schedule = json(http.postJson("/api/schedule", "{\"goal\": \"async\"}").body());
        assertEquals("2027-01-04", schedule.get("start").asText(), "today on the server's clock");
        assertEquals(10.0, schedule.get("hoursPerWeek").asDouble(), "the catalog's baseline");
    }

    @Test
    void scheduleIcs_isTheCalendarOfTheSameSchedule() {
        HttpResponse<String> response = http.get("/api/schedule.ics?goal=async%20networking&hours=6&start=2027-01-04"
                + "&completed=rustlings");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("text/calendar;charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals(cliText("schedule", "async networking", "--completed", "rustlings", "--hours", "6", "--start",
                "2027-01-04", "--format", "ics"), response.body());
    }

    /** Issue 14: schedule.ics refused --off and --deadline, so a subscribed calendar could not skip a holiday. */
    @Test
    void scheduleIcs_takesEveryOptionOfTheCommandLine() {
        HttpResponse<String> response = http.get("/api/schedule.ics?goal=async%20networking&completed=rustlings"
                + "&known=async:2&hours=6&maxDifficulty=5&start=2027-01-04&off=2027-02-01..2027-02-07&deadline=2027-12-31");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(cliText(scheduleArgs("ics")), response.body());
    }

    /** Issue 14: without a start, each request started the plan on its own day, so a subscription drifted. */
    @Test
    void scheduleIcsWithoutStart_staysOnTheDayTheQuestionWasFirstAsked() {
        Instant[] now = {Instant.parse("2027-01-04T09:00:00Z")};
        Clock moving = TestServer.clock(() -> now[0]);
        try (TestServer server = TestServer.start(moving)) {
            String link = "/api/schedule.ics?goal=async%20networking&hours=6";
            String first = server.get(link).body();
            now[0] = now[0].plus(Duration.ofDays(9));
            assertEquals(first, server.get(link).body(), "the same question, nine days later");
            assertEquals(cliText("schedule", "async networking", "--hours", "6", "--start", "2027-01-04",
                    "--format", "ics"), first);
            assertTrue(server.get("/api/schedule.ics?goal=async%20networking&hours=7").body()
                    .contains("DTSTART;VALUE=DATE:20270113"), "a new question starts on its own first day");
        }
    }

    @Test
    void openapi_servesTheDocumentWithThisBuildsVersion() {
        JsonNode document = ok("/openapi.json");
        assertEquals("3.1.0", document.get("openapi").asText());
        assertEquals(Server.version(), document.at("/info/version").asText());
    }

    @Test
    void page_isHtmlWithAStrictContentSecurityPolicy() {
        HttpResponse<String> page = http.get("/");
        assertAll(
                () -> assertEquals(200, page.statusCode()),
                () -> assertEquals("text/html;charset=utf-8", page.headers().firstValue("Content-Type").orElse("")),
                () -> assertTrue(page.body().contains("<script src=\"/static/app.js\" defer></script>")),
                () -> assertEquals(Server.CONTENT_SECURITY_POLICY,
                        page.headers().firstValue("Content-Security-Policy").orElse("")));
        assertTrue(page.body().contains("<form id=\"plan\""));
        assertTrue(!page.body().contains("<script>") && !page.body().contains("style="),
                "no inline script or style");
    }

    @Test
    void page_acceptsItsFormStateInTheQuery() {
        assertEquals(200, http.get("/?goal=async%20networking&hours=8&completed=rustlings").statusCode());
    }

    @Test
    void staticFiles_areServedWithTheirTypes() {
        HttpResponse<String> script = http.get("/static/app.js");
        HttpResponse<String> style = http.get("/static/app.css");
        assertAll(
                () -> assertEquals(200, script.statusCode()),
                () -> assertTrue(script.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript")),
                () -> assertEquals(200, style.statusCode()),
                () -> assertTrue(style.headers().firstValue("Content-Type").orElse("").startsWith("text/css")));
    }

    @Test
    void everyResponse_saysNosniff() {
        for (String path : List.of("/", "/health", "/static/app.js", "/api/next", "/nope", "/api/next?goal=zzzz")) {
            assertEquals("nosniff", http.get(path).headers().firstValue("X-Content-Type-Options").orElse(""), path);
        }
    }

    @Test
    void head_answersLikeGetWithoutABody() {
        HttpResponse<String> head = http.send(http.request("/health").method("HEAD",
                HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
    }

    @Test
    void accept_ofAnyJsonOrWildcardIsServed() {
        for (String accept : List.of("application/json", "*/*", "application/*", "text/html;q=0.9, application/json",
                "application/json;q=0.1, text/csv;q=0")) {
            HttpResponse<String> response = http.send(http.request("/health").header("Accept", accept).build());
            assertEquals(200, response.statusCode(), accept);
        }
    }
}
