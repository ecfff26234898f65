package dev.studypath.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page in Debian's headless Chromium, driven by Selenium through one browser for the whole
 * class: it plans, draws the path and the schedule to fit phones, tablets and wide screens, opens a
 * project's panel, keeps the progress in the browser, shows errors next to their fields, and passes
 * axe-core's accessibility rules. Saves full-page screenshots to {@code target/web-page-*.png}. Skipped
 * where chromium or chromedriver is missing ({@code .ci/run} installs both).
 */
class WebPageTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** A small phone, a phone, a tablet, a laptop and a wide screen. */
    private static final List<Integer> WIDTHS = List.of(360, 390, 768, 1280, 1600);

    private static TestServer http;
    private static ChromeDriver browser;
    private static Path profile;

    @BeforeAll
    static void startServerAndBrowser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver");
        http = TestServer.start();
        profile = Files.createTempDirectory("studypath-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1280,2400", "--lang=en", "--hide-scrollbars");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowserAndServer() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (http != null) {
            http.close();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    /** The page loads no script or style it is not allowed to, and throws nothing; each test starts with no progress. */
    @AfterEach
    void noConsoleErrors() {
        browser.executeScript("localStorage.clear()");
        browser.manage().window().setSize(new Dimension(1280, 2400));
        List<LogEntry> severe = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()
                        && !entry.getMessage().contains("the server responded with a status of 400"))
                .toList();
        assertEquals(List.of(), severe.stream().map(LogEntry::getMessage).toList());
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private static void open(String pathAndQuery) {
        browser.get(http.uri(pathAndQuery).toString());
        waiting().until(driver -> driver.findElements(By.cssSelector("#completed input")).size() == 10);
    }

    /** Opens a plan's link at a window width and waits for its results. */
    private static void plan(String pathAndQuery, int width) {
        browser.manage().window().setSize(new Dimension(width, 1000));
        open(pathAndQuery);
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("results")));
    }

    private static String link(String goal, String rest) {
        return "/?goal=" + URLEncoder.encode(goal, StandardCharsets.UTF_8).replace("+", "%20") + rest;
    }

    private static List<String> projects(String selector) {
        return browser.findElements(By.cssSelector(selector)).stream()
                .map(element -> element.getAttribute("data-project")).toList();
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    /** The path's project ids for a goal, from the API. */
    private static List<String> pathOf(String goal) {
        JsonNode path = TestServer.json(http.get("/api/path?goal="
                + URLEncoder.encode(goal, StandardCharsets.UTF_8).replace("+", "%20")).body());
        List<String> ids = new ArrayList<>();
        path.get("steps").forEach(step -> ids.add(step.get("project").asText()));
        return ids;
    }

    private static String resource(String name) {
        try (InputStream in = WebPageTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A screenshot of the whole page, not only the window, for a person to look at. */
    @SuppressWarnings("unchecked")
    private static void screenshot(String name) throws IOException {
        Map<String, Object> metrics = browser.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"),
                "scale", 1);
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
    }

    /**
     * Issue 14: at 390 px the document was 448 px wide and the charts scrolled sideways; at 1280 px the
     * Gantt chart hid servo and the finish markers, clipped "May", and "P80" ran into "P95"; the whole
     * route's graph drew an edge under two boxes and a double-headed arrow. For the async networking goal
     * and the whole route at each width: nothing overflows the window, every project and marker is inside
     * it, the labels are whole and apart, and the graph's boxes and edges keep clear of each other.
     */
    @Test
    void everyWidth_fitsThePathAndTheScheduleInTheWindow() throws IOException {
        for (String goal : List.of("async networking", "")) {
            List<String> ids = pathOf(goal);
            for (int width : WIDTHS) {
                plan(link(goal, goal.isEmpty() ? "&hours=6" : "&hours=6&deadline=2027-06-30"), width);
                assertEquals(width, ((Number) browser.executeScript("return window.innerWidth")).intValue());
                @SuppressWarnings("unchecked")
                List<String> failures = (List<String>) browser.executeScript(resource("layout-check.js"), ids);
                assertEquals(List.of(), failures, (goal.isEmpty() ? "whole route" : goal) + " at " + width + " px");
                screenshot("web-page-" + width + (goal.isEmpty() ? "-whole-route" : "-async-networking"));
            }
        }
    }

    @Test
    void theWholeRouteOnAPhone_isAListOfStagesAndOnAWideScreenALayeredGraph() {
        plan(link("", ""), 390);
        assertEquals(List.of(), browser.findElements(By.cssSelector("#path-graph svg")));
        assertEquals(4, browser.findElements(By.cssSelector("#path-graph .stages > li")).size());
        plan(link("", ""), 1280);
        // The route as the API gives it: each stage's choice, and every prerequisite edge among its projects.
        List<String> route = new java.util.ArrayList<>();
        TestServer.json(http.get("/api/path?goal=").body()).get("steps").forEach(s -> route.add(s.get("project").asText()));
        int edges = 0;
        for (JsonNode project : TestServer.json(http.get("/api/projects").body()).get("projects")) {
            if (route.contains(project.get("id").asText())) {
                for (JsonNode prerequisite : project.get("prerequisites")) {
                    edges += route.contains(prerequisite.asText()) ? 1 : 0;
                }
            }
        }
        assertEquals(route.size(), browser.findElements(By.cssSelector("#path-graph g.node")).size());
        assertEquals(edges, browser.findElements(By.cssSelector("#path-graph path.edge")).size());
        // Wide: the form beside the results, not above them.
        WebElement form = browser.findElement(By.id("plan"));
        WebElement results = browser.findElement(By.id("results"));
        assertTrue(form.getRect().getX() + form.getRect().getWidth() <= results.getRect().getX(),
                form.getRect() + " / " + results.getRect());
        assertTrue(form.getRect().getWidth() < 0.35 * 1280, "the form takes " + form.getRect().getWidth() + " px");
    }

    @Test
    void planningAsyncNetworking_drawsThePathGraphAndTheGanttChart() {
        open("/");
        WebElement goal = browser.findElement(By.id("goal"));
        goal.clear();
        goal.sendKeys("async networking");
        browser.findElement(By.id("submit")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("results")));

        assertEquals(List.of("rustlings", "mini-redis", "tokio"), projects("#path-graph g.node"));
        assertEquals(List.of("rustlings>mini-redis", "mini-redis>tokio"),
                browser.findElements(By.cssSelector("#path-graph path.edge")).stream()
                        .map(edge -> edge.getAttribute("data-from") + ">" + edge.getAttribute("data-to")).toList());
        assertEquals(List.of("rustlings", "mini-redis", "tokio"), projects("#gantt g[data-project]"));
        String graph = text("path-graph");
        String gantt = text("gantt");
        for (String name : List.of("Rustlings", "mini-redis", "Tokio")) {
            assertTrue(graph.contains(name), graph);
            assertTrue(gantt.contains(name), gantt);
        }
        assertFalse(projects("#next li[data-project]").isEmpty());
        assertTrue(browser.getCurrentUrl().contains("/?goal=async%20networking&hours=10&start="),
                browser.getCurrentUrl());
        assertTrue(browser.findElement(By.id("download-ics")).isDisplayed());
    }

    /** Issue 14: with hours=6 "what next" and the path said "at 10 h/week" while the schedule used 6. */
    @Test
    void weeklyHours_reachWhatNextAndThePath() {
        plan(link("async networking", "&hours=6"), 1280);
        String next = text("next");
        assertTrue(next.contains("at 6 h/week") && !next.contains("10 h/week"), next);
        assertTrue(text("path-summary").contains("at 6 hours a week"), text("path-summary"));
        assertTrue(text("schedule-summary").contains("at 6 hours a week"), text("schedule-summary"));
    }

    /** Issue 14: the page had no fields for time off, a deadline or the hardest project. */
    @Test
    void aSharedLink_fillsEveryFieldAndRunsOnOpen() {
        plan("/?goal=async%20networking&completed=rustlings&hours=8&maxDifficulty=4&start=2027-01-04"
                + "&deadline=2027-12-31&off=2027-02-01..2027-02-07", 1280);
        assertEquals("8", browser.findElement(By.id("hours")).getAttribute("value"));
        assertEquals("4", browser.findElement(By.id("maxDifficulty")).getAttribute("value"));
        assertEquals("2027-01-04", browser.findElement(By.id("start")).getAttribute("value"));
        assertEquals("2027-12-31", browser.findElement(By.id("deadline")).getAttribute("value"));
        assertEquals(List.of("2027-02-01..2027-02-07"), browser.findElements(By.cssSelector("#off-list li")).stream()
                .map(item -> item.getAttribute("data-range")).toList());
        assertTrue(browser.findElement(By.cssSelector("#completed input[value=rustlings]")).isSelected());
        assertTrue(text("schedule-summary").startsWith("From 2027-01-04 to "), text("schedule-summary"));
        assertFalse(browser.findElements(By.cssSelector("#gantt rect.off")).isEmpty(), "the week off is drawn");
        assertEquals("deadline Dec 31, 2027", browser.findElement(By.cssSelector("#gantt text[data-marker=deadline]")).getText());
        // Difficulty 4 at most leaves tokio (5) out.
        assertEquals(List.of("mini-redis"), projects("#path-graph g.node"));
        assertTrue(browser.findElement(By.id("subscribe")).getAttribute("href").endsWith(
                "/api/schedule.ics?goal=async%20networking&completed=rustlings&hours=8&maxDifficulty=4"
                        + "&start=2027-01-04&deadline=2027-12-31&off=2027-02-01..2027-02-07&lang=en"));
    }

    @Test
    void addingTimeOff_putsItInTheLinkAndTheChart() {
        plan(link("async networking", "&start=2027-01-04"), 1280);
        browser.executeScript("document.getElementById('off-from').value = '2027-01-11';"
                + "document.getElementById('off-to').value = '2027-01-24';");
        browser.findElement(By.id("off-add")).click();
        browser.findElement(By.id("submit")).click();
        waiting().until(driver -> driver.getCurrentUrl().contains("&off=2027-01-11..2027-01-24"));
        waiting().ignoring(StaleElementReferenceException.class)
                .until(driver -> !driver.findElements(By.cssSelector("#gantt rect.off")).isEmpty());
    }

    /** A project's status in the progress list, read in the page: the list is redrawn after each mark. */
    private static String status(String project) {
        return (String) browser.executeScript("const item = document.querySelector("
                + "'#progress-list li[data-project=\"' + arguments[0] + '\"]'); return item && item.dataset.status;", project);
    }

    /** Clicks an element once it is there, looking it up again if a redraw replaced it. */
    private static void click(By selector) {
        waiting().ignoring(StaleElementReferenceException.class).until(driver -> {
            driver.findElement(selector).click();
            return true;
        });
    }

    private static void progressDate(String date) {
        browser.executeScript("document.getElementById('progress-on').value = arguments[0]", date);
    }

    private static boolean completedBox(String project) {
        return browser.findElement(By.cssSelector("#completed input[value=" + project + "]")).isSelected();
    }

    /**
     * Issue 14: "Done today" did not tick the completed box, so completion lived in two places, and
     * started and done could not be backdated.
     */
    @Test
    void startedAndDoneOnChosenDates_tickTheCompletedBoxAndReForecastAtTheLearnersPace() {
        String link = link("async networking", "&hours=10&start=2027-01-04");
        plan(link, 1280);
        assertEquals(java.time.LocalDate.now().toString(), browser.findElement(By.id("progress-on")).getAttribute("value"),
                "the date defaults to today");
        assertTrue(text("forecast").startsWith("Forecast from the catalog's estimates"), text("forecast"));
        assertFalse(completedBox("rustlings"));

        progressDate("2026-10-01");
        click(By.cssSelector("#progress-list li[data-project=rustlings] button.start"));
        waiting().until(driver -> "started".equals(status("rustlings")));
        progressDate("2026-11-15");
        click(By.cssSelector("#progress-list li[data-project=rustlings] button.done"));
        waiting().until(driver -> "done".equals(status("rustlings")));
        assertTrue(text("progress-list").contains("done on 2026-11-15"), text("progress-list"));
        assertTrue(completedBox("rustlings"), "done ticks the completed box");
        waiting().ignoring(StaleElementReferenceException.class)
                .until(driver -> projects("#gantt g[data-project]").equals(List.of("mini-redis", "tokio")));
        String forecast = waiting().until(driver -> {
            String text = driver.findElement(By.id("forecast")).getText();
            return text.startsWith("Forecast at your pace") ? text : null;
        });
        assertTrue(forecast.contains("from 1 finished project"), forecast);
        assertTrue(text("pace").startsWith("Your pace factor is "), text("pace"));
        assertFalse(text("ahead").startsWith("0%"), "rustlings' hours count as done: " + text("ahead"));

        open(link);
        waiting().until(driver -> "done".equals(status("rustlings")));
        assertTrue(completedBox("rustlings"), "kept in the browser");

        browser.findElement(By.cssSelector("#completed input[value=rustlings]")).click();
        browser.findElement(By.id("submit")).click();
        waiting().ignoring(StaleElementReferenceException.class)
                .until(driver -> "not-started".equals(status("rustlings")));
        assertEquals("[]", browser.executeScript("return localStorage.getItem('studypath.progress')"),
                "unticking the box forgets the project's progress: one place for completion");
    }

    /** Issue 12: an empty or partial answer says why, from the engine's reasons, and what the goal was read as. */
    @Test
    void anEmptyPath_saysWhatTheCapLeftOut_andNextSaysWhatWaits() {
        plan(link("systems programming", "&maxDifficulty=3"), 1280);
        String summary = waiting().until(driver -> {
            String text = driver.findElement(By.id("path-summary")).getText();
            return text.isEmpty() ? null : text;
        });
        assertTrue(summary.contains("Nothing to study for this goal: firecracker (difficulty 5) is above your maximum "
                + "difficulty 3; a maximum of 5 includes it."), summary);
        assertFalse(summary.contains("done"), summary);
        String schedule = waiting().until(driver -> {
            String text = driver.findElement(By.id("schedule-summary")).getText();
            return text.isEmpty() ? null : text;
        });
        assertTrue(schedule.startsWith("Nothing to schedule for this goal: firecracker (difficulty 5) is above your "
                + "maximum difficulty 3"), schedule);
        plan(link("I know basic Rust, I want tokio", ""), 1280);
        String path = browser.findElement(By.id("path-summary")).getText();
        assertTrue(path.contains("Understood as: project Tokio. Read as: you know rust-syntax (level 3)."), path);
        String next = waiting().until(driver -> {
            String text = driver.findElement(By.id("next")).getText();
            return text.contains("wait") ? text : null;
        });
        assertTrue(next.contains("Only 1 project can be started now; 2 more on the path wait: mini-redis after Rustlings; "
                + "Tokio after mini-redis."), next);
    }

    /** Issue 14: the unknown-goal message printed its suggestions twice, as text and then as links. */
    @Test
    void anUnknownGoal_showsItsSuggestionsOnceNextToTheGoalField() {
        open("/?goal=tokoi%20quantum%20blockchain");
        WebElement error = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("goal-error")));
        assertTrue(error.getText().contains("goal 'tokoi quantum blockchain'"), error.getText());
        JsonNode suggestions = TestServer.json(http.get("/api/next?goal=tokoi%20quantum%20blockchain").body())
                .get("suggestions");
        assertTrue(suggestions.size() > 1, suggestions::toString);
        for (JsonNode suggestion : suggestions) {
            String name = suggestion.asText();
            assertEquals(error.getText().indexOf(name), error.getText().lastIndexOf(name), error.getText());
        }
        assertEquals(suggestions.size(), error.findElements(By.cssSelector("button.suggestion")).size());
        assertEquals("true", browser.findElement(By.id("goal")).getAttribute("aria-invalid"));
        assertFalse(browser.findElement(By.id("results")).isDisplayed());
    }

    @Test
    void hoursOutOfRange_areExplainedNextToTheHoursField() {
        open("/?goal=async&hours=100");
        WebElement error = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("hours-error")));
        assertEquals("Must be between 1 and 80, was 100.", error.getText());
    }

    private static WebElement openPanel(By selector) {
        click(selector);
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#panel-body .route")))
                .findElement(By.xpath("ancestor::dialog"));
    }

    /** Issue 14: the guide's content per project (summary, route, checklists, advice...) was nowhere on the page. */
    @Test
    void clickingTokio_opensItsPanelWithTheRouteWeekByWeekAndKeepsTheTickedBoxes() throws IOException {
        plan(link("async networking", ""), 1280);
        WebElement panel = openPanel(By.cssSelector("#path-graph g.node[data-project=tokio]"));
        assertEquals("Tokio - async runtime", text("panel-title"));
        String content = panel.getText();
        for (String expected : List.of("Tokio is the most popular Rust async runtime", "Stage 2", "5 of 5", "4-8 weeks",
                "25,000", "Discord", "Architecture", "Features", "Advice", "Contribution ideas",
                "Weeks 5-6: Network programming", "TCP/UDP network programming", "WebSocket implementation",
                "Write a TCP echo server with tokio::net")) {
            assertTrue(content.contains(expected), expected + " in " + content);
        }
        assertEquals("https://github.com/tokio-rs/tokio/issues?q=is%3Aopen+label%3A%22good+first+issue%22",
                panel.findElement(By.cssSelector("a.good-first-issues")).getAttribute("href"));
        WebElement box = panel.findElement(By.cssSelector(".route li[data-weeks='5-6'] input[type=checkbox]"));
        box.click();
        browser.findElement(By.id("panel-close")).click();
        waiting().until(ExpectedConditions.invisibilityOf(panel));

        plan(link("async networking", ""), 390);
        panel = openPanel(By.cssSelector("#gantt g[data-project=tokio] rect.bar"));
        assertTrue(panel.findElement(By.cssSelector(".route li[data-weeks='5-6'] input[type=checkbox]")).isSelected(),
                "the ticked box is kept in the browser");
        Files.write(Path.of("target", "web-page-390-tokio-panel.png"), browser.getScreenshotAs(OutputType.BYTES));
        browser.findElement(By.id("panel-close")).click();
        panel = openPanel(By.cssSelector("#next button[data-open=rustlings]"));
        assertEquals("Rustlings - Rust exercises", text("panel-title"));
    }

    /**
     * The catalog's prose is becoming bilingual: a text may be a plain string or {"en", "zh"} with either
     * missing, and stars a number or {"count", "atLeast"}. The panel renders either shape, English first.
     */
    @Test
    void thePanel_readsPlainAndBilingualTextsAndBothShapesOfStars() {
        plan(link("async networking", ""), 1280);
        Map<String, Object> project = Map.of("id", "tokio", "name", Map.of("en", "Tokio - async runtime", "zh", "Tokio"),
                "summary", Map.of("zh", "只有中文的摘要"), "stars", Map.of("count", 50000, "atLeast", true),
                "difficulty", 5, "repository", "tokio-rs/tokio",
                "features", List.of(Map.of("en", "Work-stealing scheduler", "zh", "工作窃取调度器"), "A plain feature"),
                "route", List.of(Map.of("fromWeek", 5, "toWeek", 6, "title", Map.of("en", "Network programming"),
                        "topics", Map.of("en", List.of("TCP/UDP"), "zh", List.of("TCP/UDP 网络编程")),
                        "checklist", List.of("Write a TCP echo server"))),
                "contributions", List.of(Map.of("tier", "advanced", "idea", "Core features")));
        browser.executeScript("document.getElementById('panel').showModal(); renderPanel(arguments[0]);", project);
        String content = text("panel");
        for (String expected : List.of("Tokio - async runtime", "只有中文的摘要", "50,000+", "Work-stealing scheduler",
                "A plain feature", "Weeks 5-6: Network programming", "Topics: TCP/UDP.", "Write a TCP echo server",
                "advanced: Core features")) {
            assertTrue(content.contains(expected), expected + " in " + content);
        }
        assertFalse(content.contains("[object Object]"), content);
        browser.executeScript("document.getElementById('panel').close();"
                + "document.getElementById('panel').showModal(); renderPanel(Object.assign({}, arguments[0], {stars: 25000}));",
                project);
        assertTrue(text("panel").contains("25,000"), text("panel"));
    }

    /**
     * Technical terms a Chinese page may show in Latin letters: the product, the programming language, the
     * chart's percentile markers, the file type and the API's address, and the switch's own "English".
     */
    private static final java.util.Set<String> TECHNICAL_TERMS = java.util.Set.of("studypath", "rust", "github", "p50",
            "p80", "p95", "api", "openapi", "json", "ics", "english", "cli");

    /** Words the catalog uses as ids and names: project and skill ids, goal ids, project names in either language. */
    private static java.util.Set<String> catalogWords() {
        java.util.Set<String> words = new java.util.HashSet<>();
        java.util.function.Consumer<String> add = text -> java.util.regex.Pattern.compile("[A-Za-z]{2,}").matcher(text)
                .results().forEach(match -> words.add(match.group().toLowerCase(java.util.Locale.ROOT)));
        for (JsonNode project : TestServer.json(http.get("/api/projects").body()).get("projects")) {
            add.accept(project.get("id").asText());
            project.get("name").forEach(name -> add.accept(name.asText()));
            // Who uses it and in what language it is written: names too.
            JsonNode detail = TestServer.json(http.get("/api/projects/" + project.get("id").asText()).body());
            for (String names : List.of("adopters", "languages")) {
                detail.path(names).forEach(item -> {
                    if (item.isTextual()) {
                        add.accept(item.asText());
                    }
                    item.forEach(name -> add.accept(name.asText()));
                });
            }
        }
        for (JsonNode skill : TestServer.json(http.get("/api/skills").body()).get("skills")) {
            add.accept(skill.get("id").asText());
        }
        for (JsonNode goal : TestServer.json(http.get("/api/goals").body()).get("goals")) {
            add.accept(goal.get("id").asText());
        }
        return words;
    }

    /** The words of two or more Latin letters on the page (its visible text and its labels) that are not allowed. */
    private static java.util.TreeSet<String> untranslatedWords(java.util.Set<String> allowed) {
        String visible = (String) browser.executeScript("return document.body.innerText + ' ' + "
                + "[...document.querySelectorAll('[aria-label], [placeholder], title')].map((node) => "
                + "(node.getAttribute('aria-label') || '') + ' ' + (node.getAttribute('placeholder') || '') + ' ' "
                + "+ (node.tagName === 'title' || node.tagName === 'TITLE' ? node.textContent : '')).join(' ')");
        java.util.TreeSet<String> untranslated = new java.util.TreeSet<>();
        java.util.regex.Pattern.compile("[A-Za-z]{2,}").matcher(visible).results()
                .map(match -> match.group())
                .filter(word -> !allowed.contains(word.toLowerCase(java.util.Locale.ROOT)))
                .forEach(untranslated::add);
        return untranslated;
    }

    private static boolean hasHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /**
     * Issue 13: the page spoke English only. Switched to Chinese it writes every label, sentence, reason and
     * chart label in Chinese (catalog names and a few technical terms aside), names its language in
     * {@code <html lang>}, passes {@code lang} to the API, and remembers the choice in the browser. Saves
     * {@code target/web-page-zh-390.png} and {@code -1280.png}.
     */
    @Test
    void switchedToChinese_thePageSpeaksChineseEverywhereAndRemembersIt() throws IOException {
        java.util.Set<String> allowed = new java.util.HashSet<>(catalogWords());
        allowed.addAll(TECHNICAL_TERMS);
        for (int width : List.of(390, 1280)) {
            plan(link("async networking", "&hours=6&deadline=2027-06-30"), width);
            if (width == 390) {
                assertEquals("en", browser.executeScript("return document.documentElement.lang"), "the browser's language");
                new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("lang"))).selectByValue("zh");
            }
            // At 1280 px the page opens in Chinese: the choice made at 390 px is remembered.
            waiting().until(driver -> "zh".equals(((ChromeDriver) driver).executeScript(
                    "return document.documentElement.lang")));
            waiting().ignoring(StaleElementReferenceException.class).until(driver -> hasHan(text("path-summary"))
                    && hasHan(text("next")) && hasHan(text("schedule-summary")) && hasHan(text("ahead")));
            assertTrue(text("schedule-summary").contains("每周 6 小时"), text("schedule-summary"));
            assertTrue(text("path-summary").startsWith("理解为："), text("path-summary"));
            assertEquals("制定计划", browser.findElement(By.id("submit")).getText());
            assertTrue(browser.findElement(By.id("subscribe")).getAttribute("href").endsWith("&lang=zh"));
            assertEquals(List.of(), new ArrayList<>(untranslatedWords(allowed)), "untranslated at " + width + " px");
            @SuppressWarnings("unchecked")
            List<String> failures = (List<String>) browser.executeScript(resource("layout-check.js"),
                    pathOf("async networking"));
            assertEquals(List.of(), failures, "the Chinese page at " + width + " px");
            screenshot("web-page-zh-" + width);
        }
        // A project's panel: its labels in Chinese, the guide's Chinese where the catalog has it.
        openPanel(By.cssSelector("#path-graph g.node[data-project=tokio]"));
        // The guide's Chinese keeps its technical terms (TcpListener, epoll...): the panel's own words are checked,
        // and that the catalog gave every prose text in Chinese (no "English only" marker).
        String labels = (String) browser.executeScript("return [...document.querySelectorAll('#panel-body h3, "
                + "#panel-body dt, #panel-body h4, #panel-body a, #panel-close')].map((n) => n.textContent).join(' ')");
        assertEquals(List.of(), java.util.regex.Pattern.compile("[A-Za-z]{2,}").matcher(labels).results()
                .map(match -> match.group()).filter(word -> !allowed.contains(word.toLowerCase(java.util.Locale.ROOT)))
                .toList(), labels);
        assertFalse(text("panel").contains("（仅有英文）"), text("panel"));
        Files.write(Path.of("target", "web-page-zh-1280-tokio-panel.png"), browser.getScreenshotAs(OutputType.BYTES));
        assertTrue(text("panel").contains("难度") && text("panel").contains("关闭"), text("panel"));
        browser.findElement(By.id("panel-close")).click();

        open("/");
        assertEquals("zh", browser.executeScript("return document.documentElement.lang"), "remembered in the browser");
        assertEquals("zh", browser.executeScript("return localStorage.getItem('studypath.lang')"));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("lang"))).selectByValue("en");
        waiting().until(driver -> "Plan".equals(driver.findElement(By.id("submit")).getText()));
        assertEquals("en", browser.executeScript("return document.documentElement.lang"));
    }

    /** A Chinese unknown goal on the Chinese page: the problem comes back in Chinese, next to the goal field. */
    @Test
    void anUnknownChineseGoal_onTheChinesePage_isExplainedInChinese() {
        open("/");
        browser.executeScript("localStorage.setItem('studypath.lang', 'zh')");
        open("/?goal=" + URLEncoder.encode("区块链", StandardCharsets.UTF_8));
        WebElement error = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("goal-error")));
        assertTrue(error.getText().contains("区块链") && error.getText().endsWith("。"), error.getText());
    }

    /** axe-core's rules (vendored from npm, injected here), with no violation of impact serious or critical. */
    private static List<String> seriousAccessibilityViolations() {
        browser.executeScript(resource("/axe/axe.min.js"));
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then((result) => done(result.violations"
                + ".filter((v) => v.impact === 'serious' || v.impact === 'critical')"
                + ".map((v) => v.impact + ' ' + v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', '))))"
                + ".catch((error) => done(['axe failed: ' + error]));");
        return violations;
    }

    @Test
    void accessibility_axeFindsNoSeriousOrCriticalViolation() {
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        plan(link("async networking", ""), 1280);
        assertEquals(List.of(), seriousAccessibilityViolations(), "async networking at 1280 px");
        openPanel(By.cssSelector("#path-graph g.node[data-project=tokio]"));
        assertEquals(List.of(), seriousAccessibilityViolations(), "tokio's panel");
        plan(link("", ""), 390);
        assertEquals(List.of(), seriousAccessibilityViolations(), "the whole route at 390 px");
        open("/?goal=quantum");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("goal-error")));
        assertEquals(List.of(), seriousAccessibilityViolations(), "an unknown goal");
    }
}
