package dev.studypath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code studypath serve} as its own process: the access log, written behind a queue, keeps a line for
 * every request, and SIGTERM writes out the lines still queued before the process exits.
 */
class ServeProcessTest {

    private static final Pattern READY = Pattern.compile("serving catalog 'rust-guide' at (http://127\\.0\\.0\\.1:\\d+/)");
    private static final int REQUESTS = 300;

    @Test
    void sigterm_stopsAfterLoggingEveryRequest() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process serve = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--host", "127.0.0.1", "--port", "0").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader log = new BufferedReader(new InputStreamReader(serve.getErrorStream(),
                StandardCharsets.UTF_8))) {
            String base = null;
            while (base == null) {
                String line = log.readLine();
                if (line == null) {
                    break;
                }
                Matcher ready = READY.matcher(line);
                base = ready.find() ? ready.group(1) : null;
            }
            assertNotNull(base, "serve logs its URL when ready");
            HttpClient client = HttpClient.newHttpClient();
            for (int i = 0; i < REQUESTS; i++) {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(base + "health"))
                        .build(), HttpResponse.BodyHandlers.discarding());
                assertEquals(200, response.statusCode());
            }
            serve.toHandle().destroy(); // SIGTERM, leaving the pipes open (Process.destroy closes them)
            assertTrue(serve.waitFor(30, TimeUnit.SECONDS), "serve stops within 30 s of SIGTERM");
            List<String> access = new ArrayList<>();
            boolean stopped = false;
            for (String line = log.readLine(); line != null; line = log.readLine()) {
                if (line.contains(" INFO access - GET /health 200 ")) {
                    access.add(line);
                }
                stopped |= line.endsWith("INFO Server - studypath stopped");
            }
            assertEquals(REQUESTS, access.size(), "one access-log line per request");
            assertTrue(stopped, "the stop is logged");
        } finally {
            serve.destroyForcibly();
        }
    }
}
