package dev.studypath.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page in Debian's headless Chromium, driven by Selenium: it plans "async networking", draws
 * the path and the schedule, keeps its state in the URL and shows errors next to their fields.
 * Saves a screenshot to target/web-page.png. Skipped where chromium or chromedriver is missing
 * ({@code .ci/run} installs both).
 */
class WebPageTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

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
                "--user-data-dir=" + profile, "--window-size=1280,2400", "--lang=en");
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

    /** The page loads no script or style it is not allowed to, and throws nothing. */
    @AfterEach
    void noConsoleErrors() {
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

    private static List<String> projects(String selector) {
        return browser.findElements(By.cssSelector(selector)).stream()
                .map(element -> element.getAttribute("data-project")).toList();
    }

    @Test
    void planningAsyncNetworking_drawsThePathGraphAndTheGanttChart() throws IOException {
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
        String graph = browser.findElement(By.id("path-graph")).getText();
        String gantt = browser.findElement(By.id("gantt")).getText();
        for (String name : List.of("Rustlings", "mini-redis", "Tokio")) {
            assertTrue(graph.contains(name), graph);
            assertTrue(gantt.contains(name), gantt);
        }
        assertFalse(projects("#next li[data-project]").isEmpty());
        assertTrue(browser.getCurrentUrl().contains("/?goal=async%20networking&hours=10&start="),
                browser.getCurrentUrl());
        assertTrue(browser.findElement(By.id("download-ics")).isDisplayed());

        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "web-page.png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void aSharedLink_fillsTheFormAndRunsOnOpen() {
        open("/?goal=async%20networking&completed=rustlings&hours=8&start=2027-01-04");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("results")));
        assertEquals(List.of("mini-redis", "tokio"), projects("#path-graph g.node"));
        assertEquals("8", browser.findElement(By.id("hours")).getAttribute("value"));
        assertEquals("2027-01-04", browser.findElement(By.id("start")).getAttribute("value"));
        assertTrue(browser.findElement(By.cssSelector("#completed input[value=rustlings]")).isSelected());
        assertTrue(browser.findElement(By.id("schedule-summary")).getText().startsWith("From 2027-01-04 to "));
    }

    /** A project's status in the progress list, read in the page: the list is redrawn after each tick. */
    private static String status(String project) {
        return (String) browser.executeScript("const item = document.querySelector("
                + "'#progress-list li[data-project=\"' + arguments[0] + '\"]'); return item && item.dataset.status;", project);
    }

    /** Clicks an element once it is there, looking it up again if a redraw replaced it. */
    private static void click(By selector) {
        waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(driver -> {
            driver.findElement(selector).click();
            return true;
        });
    }

    @Test
    void tickingAProjectStartedThenDone_reForecastsAndIsKeptInTheBrowser() {
        String link = "/?goal=async%20networking&hours=10&start=2027-01-04";
        try {
            open(link);
            waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("results")));
            assertTrue(browser.findElement(By.id("pace")).getText().contains("the catalog's estimates"),
                    browser.findElement(By.id("pace")).getText());
            assertEquals(List.of("rustlings", "mini-redis", "tokio"), projects("#gantt g[data-project]"));

            click(By.cssSelector("#progress-list li[data-project=rustlings] button.start"));
            waiting().until(driver -> "started".equals(status("rustlings")));
            click(By.cssSelector("#progress-list li[data-project=rustlings] button.done"));
            waiting().until(driver -> "done".equals(status("rustlings")));
            waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(driver -> projects("#gantt g[data-project]").equals(List.of("mini-redis", "tokio")));
            String pace = waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(driver -> {
                String text = driver.findElement(By.id("pace")).getText();
                return text.startsWith("Your pace factor is ") ? text : null;
            });
            assertTrue(pace.contains("from 1 finished project"), pace);
            assertTrue(browser.findElement(By.id("schedule-summary")).getText().contains("Finished by "));
            assertEquals(List.of("mini-redis", "tokio"), projects("#path-graph g.node"));

            open(link);
            waiting().until(driver -> "done".equals(status("rustlings")));
        } finally {
            browser.executeScript("localStorage.clear()");
        }
    }

    @Test
    void anUnknownGoal_isExplainedNextToTheGoalField() {
        open("/?goal=quantum");
        WebElement error = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("goal-error")));
        assertTrue(error.getText().startsWith("Unknown goal 'quantum'; did you mean: "), error.getText());
        assertEquals("true", browser.findElement(By.id("goal")).getAttribute("aria-invalid"));
        assertFalse(browser.findElement(By.id("results")).isDisplayed());
    }

    @Test
    void hoursOutOfRange_areExplainedNextToTheHoursField() {
        open("/?goal=async&hours=100");
        WebElement error = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("hours-error")));
        assertEquals("Must be between 1 and 80, was 100.", error.getText());
    }
}
