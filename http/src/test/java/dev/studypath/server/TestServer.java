package dev.studypath.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.studypath.dataset.Catalogs;
import dev.studypath.engine.Studypath;
import dev.studypath.format.Json;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/**
 * A server on the bundled catalog, on a free loopback port, with a fixed clock (today is 2027-01-04,
 * a Monday) and an English locale, and a real HTTP client to talk to it.
 */
final class TestServer implements AutoCloseable, AfterAllCallback {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2027-01-04T09:00:00Z"), ZoneOffset.UTC);
    /** The server's locale: English, whatever the machine's, so that the tests' expected texts hold everywhere. */
    static final java.util.Locale ENVIRONMENT = java.util.Locale.ENGLISH;
    private static final Studypath ENGINE = Studypath.of(Catalogs.bundled());

    final Server server;
    final HttpClient client = HttpClient.newHttpClient();

    private TestServer(Clock clock) {
        this(clock, java.util.List.of(), Server.IDLE_TIMEOUT_MILLIS);
    }

    /** A server with CORS origins and an idle timeout, for the limit tests. */
    TestServer(Clock clock, java.util.List<String> corsOrigins, long idleTimeoutMillis) {
        this(clock, corsOrigins, idleTimeoutMillis, ENVIRONMENT);
    }

    /** A server in an environment whose locale is {@code environment}. */
    TestServer(Clock clock, java.util.List<String> corsOrigins, long idleTimeoutMillis, java.util.Locale environment) {
        this.server = Server.start(ENGINE, "127.0.0.1", 0, clock, corsOrigins, idleTimeoutMillis, environment);
    }

    static TestServer start() {
        return new TestServer(CLOCK);
    }

    static TestServer start(Clock clock) {
        return new TestServer(clock);
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(uri(pathAndQuery));
    }

    HttpResponse<String> get(String pathAndQuery) {
        return send(request(pathAndQuery).GET().build());
    }

    HttpResponse<String> postJson(String path, String body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /**
     * The query parameters an endpoint takes, read from its answer to one it does not take; empty for
     * an endpoint that answers such a request (the page reads any query).
     */
    java.util.Set<String> parametersTakenBy(String path) {
        HttpResponse<String> response = get(path + "?no-such-parameter=1");
        if (response.statusCode() == 200) {
            return java.util.Set.of();
        }
        String message = json(response.body()).at("/errors/0/message").asText();
        String taken = message.substring(message.indexOf("this endpoint takes ") + "this endpoint takes ".length());
        return taken.equals("none") ? java.util.Set.of() : java.util.Set.of(taken.split(", "));
    }

    HttpResponse<String> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return client.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(String body) {
        try {
            return Json.mapper().readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the server after the test class that registered it as an extension. */
    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        server.stop();
    }

    /** A UTC clock that reads {@code now} each time it is asked: one that moves, or one that fails. */
    static Clock clock(Supplier<Instant> now) {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
    }
}
