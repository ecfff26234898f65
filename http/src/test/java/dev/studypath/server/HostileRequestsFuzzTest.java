package dev.studypath.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Random and malformed requests to a started server (issue 7): hostile query strings and values,
 * hostile JSON bodies, wrong methods and content types. Every response is below 500, is
 * {@code application/problem+json} when 400 or above, says {@code nosniff}, and {@code /health}
 * answers after every batch of {@value #BATCH} requests. Requests go over a raw socket, so that
 * invalid UTF-8 and percent-encoding reach the server as sent. Seeded: a failure reproduces.
 */
class HostileRequestsFuzzTest {

    private static final int BATCH = 100;
    private static final List<String> GET_PATHS = List.of("/api/next", "/api/path", "/api/schedule.ics",
            "/api/projects/tokio", "/api/projects/", "/api/catalog", "/api/skills", "/health", "/", "/openapi.json",
            "/static/app.js", "/api/nothing");
    private static final List<String> POST_PATHS = List.of("/api/schedule", "/api/next", "/api/progress");
    private static final List<String> NAMES = List.of("goal", "completed", "known", "limit", "maxDifficulty", "hours",
            "start", "x", "", "goal[]", "%zz", "limit%00");
    private static final List<String> FIELDS = List.of("goal", "completed", "known", "hoursPerWeek", "start", "timeOff",
            "deadline", "progress", "limit", "today", "project", "status", "on", "end", "async", "rustlings", "");
    private static final List<String> HOSTILE = List.of("", " ", "NaN", "-NaN", "Infinity", "-Infinity", "1e309",
            "-1", "0", "-2147483649", "2147483648", "99999999999999999999999", "0x10", "1.5", "async:9", "async:-1",
            ":", "=", "a:b:c", ",,,,", "%", "%z", "%zz", "%C3%28", "%FF%FE", "%ED%A0%80", "%00", "%0D%0A", "+", "%2B",
            "2027-02-30", "-999999999-01-01", "+999999999-12-31", "9999-12-31", "0000-01-01", "rustlings,nope",
            "tokio,tokio,tokio", "\u00e9\u00e8", "%E4%B8%AD%E6%96%87");

    private static TestServer http;
    private static final AtomicInteger SENT = new AtomicInteger();

    @BeforeAll
    static void startServer() {
        http = TestServer.start();
    }

    @AfterAll
    static void stopServer() {
        http.close();
    }

    /** A request as bytes, and a short description for the failure message. */
    private record Raw(String description, byte[] bytes) {
        @Override
        public String toString() {
            return description;
        }
    }

    /** The status line, headers (lower-case names) and body of a response. */
    private record Answer(int status, String headers, String body) {
        String header(String name) {
            return headers.lines().filter(line -> line.toLowerCase(Locale.ROOT).startsWith(name + ":"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst().orElse("");
        }
    }

    // ----- generators -----

    private static Gen<String> percentBytes() {
        return lists().of(integers().between(0, 255)).ofSizeBetween(1, 6)
                .map(bytes -> bytes.stream().map(b -> String.format("%%%02X", b)).collect(Collectors.joining()));
    }

    private static Gen<String> values() {
        return Generate.frequency(List.of(
                org.quicktheories.api.Pair.of(4, Generate.pick(HOSTILE)),
                org.quicktheories.api.Pair.of(2, integers().all().map((Integer i) -> String.valueOf(i))),
                org.quicktheories.api.Pair.of(2, longs().all().map((Long l) -> String.valueOf(l))),
                org.quicktheories.api.Pair.of(2, strings().basicLatinAlphabet().ofLengthBetween(0, 30)
                        .map(HostileRequestsFuzzTest::encode)),
                org.quicktheories.api.Pair.of(2, percentBytes()),
                org.quicktheories.api.Pair.of(1, integers().between(1, 300).map(n -> "a,".repeat(n))),
                org.quicktheories.api.Pair.of(1, integers().between(4000, 10_000).map("x"::repeat))));
    }

    private static Gen<String> queries() {
        Gen<String> pair = Generate.pick(NAMES).zip(values(), (name, value) -> name + "=" + value)
                .mix(Generate.pick(NAMES));
        return lists().of(pair).ofSizeBetween(0, 8).map(pairs -> String.join("&", pairs));
    }

    /** Random JSON-ish text: valid JSON of the wrong shapes, then broken in some way or not. */
    private static Gen<String> bodies() {
        return longs().all().zip(integers().between(0, 9), (seed, damage) -> damage(json(new Random(seed), 0), damage,
                new Random(seed + 1)));
    }

    private static String json(Random random, int depth) {
        int kind = depth > 4 ? 4 + random.nextInt(5) : random.nextInt(9);
        return switch (kind) {
            case 0, 1, 2 -> {
                StringBuilder object = new StringBuilder("{");
                int fields = random.nextInt(5);
                for (int i = 0; i < fields; i++) {
                    String name = FIELDS.get(random.nextInt(FIELDS.size()));
                    object.append(i == 0 ? "" : ",").append('"').append(name).append("\":").append(json(random, depth + 1));
                    if (random.nextInt(8) == 0) {
                        object.append(",\"").append(name).append("\":").append(json(random, depth + 1));
                    }
                }
                yield object.append('}').toString();
            }
            case 3 -> {
                StringBuilder array = new StringBuilder("[");
                int items = random.nextInt(4);
                for (int i = 0; i < items; i++) {
                    array.append(i == 0 ? "" : ",").append(json(random, depth + 1));
                }
                yield array.append(']').toString();
            }
            case 4 -> "\"" + List.of("async", "2027-01-04", "done", "started", "skipped", "rustlings", "tokio", "",
                    "2027-13-45", "\\u0000", "\\ud800", "x".repeat(random.nextInt(3) * 700)).get(random.nextInt(12)) + "\"";
            case 5 -> List.of("0", "-1", "3", "80", "81", "1e309", "-1e309", "1.5", "99999999999999999999", "2147483648",
                    "-0", "1E2").get(random.nextInt(12));
            case 6 -> List.of("true", "false", "null").get(random.nextInt(3));
            case 7 -> "{\"project\":\"" + List.of("rustlings", "tokio", "nope", "").get(random.nextInt(4))
                    + "\",\"status\":\"" + List.of("started", "done", "skipped", "DONE", "x").get(random.nextInt(5))
                    + "\",\"on\":\"" + List.of("2026-01-01", "2027-01-04", "0001-01-01", "+999999999-12-31",
                    "-999999999-01-01", "2027-02-30").get(random.nextInt(6)) + "\"}";
            default -> "[" + "{\"start\":\"2027-0" + (1 + random.nextInt(9)) + "-01\",\"end\":\"2027-01-0"
                    + (1 + random.nextInt(9)) + "\"}]";
        };
    }

    private static String damage(String json, int how, Random random) {
        return switch (how) {
            case 0 -> json.substring(0, random.nextInt(json.length() + 1));
            case 1 -> "[".repeat(1 + random.nextInt(20_000)) + json;
            case 2 -> "{\"goal\":" + "{\"a\":".repeat(1 + random.nextInt(3000)) + "1";
            case 3 -> json + json;
            case 4 -> json.replace('"', '\'');
            default -> json;
        };
    }

    // ----- properties -----

    @Test
    void randomQueryStrings_neverFailTheServer() {
        qt().withFixedSeed(7_0001L).withExamples(2000)
                .forAll(Generate.pick(GET_PATHS), queries(), Generate.pick(List.of("GET", "HEAD")))
                .checkAssert((path, query, method) -> check(new Raw(method + " " + path + "?" + abbreviate(query),
                        request(method, path + (query.isEmpty() ? "" : "?" + query), List.of(), null))));
    }

    @Test
    void randomJsonBodies_neverFailTheServer() {
        qt().withFixedSeed(7_0002L).withExamples(1500)
                .forAll(Generate.pick(POST_PATHS), bodies(), Generate.pick(List.of("application/json",
                        "application/json; charset=utf-8", "APPLICATION/JSON", "text/plain", "", "application/x-www-form-urlencoded",
                        "multipart/form-data; boundary=x", "application/json; charset=latin1")))
                .checkAssert((path, body, type) -> check(new Raw("POST " + path + " (" + type + ") " + abbreviate(body),
                        request("POST", path, type.isEmpty() ? List.of() : List.of("Content-Type: " + type),
                                body.getBytes(StandardCharsets.UTF_8)))));
    }

    @Test
    void randomMethodsPathsAndBytes_neverFailTheServer() {
        List<String> paths = new ArrayList<>(GET_PATHS);
        paths.addAll(POST_PATHS);
        paths.addAll(List.of("/api/../health", "/%2e%2e/", "/api/projects/%FF", "/api/projects/" + "x".repeat(200),
                "//api//next", "/static/../../etc/passwd", "/api/next/", "/API/NEXT"));
        qt().withFixedSeed(7_0003L).withExamples(800)
                .forAll(Generate.pick(List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "FOO")),
                        Generate.pick(paths), lists().of(integers().between(0, 255)).ofSizeBetween(0, 200))
                .checkAssert((method, path, bytes) -> {
                    byte[] body = new byte[bytes.size()];
                    for (int i = 0; i < body.length; i++) {
                        body[i] = (byte) (int) bytes.get(i);
                    }
                    check(new Raw(method + " " + path + " with " + body.length + " random bytes",
                            request(method, path, List.of("Content-Type: application/json"), body)));
                });
    }

    @Test
    void hugeBodies_get413() {
        for (String path : POST_PATHS) {
            for (int size : List.of(65_537, 1 << 20, 10 << 20)) {
                byte[] body = ("{\"goal\": \"" + "a".repeat(size) + "\"}").getBytes(StandardCharsets.UTF_8);
                Answer answer = check(new Raw("POST " + path + " with " + body.length + " bytes",
                        request("POST", path, List.of("Content-Type: application/json"), body)));
                assertEquals(413, answer.status(), answer::toString);
            }
        }
        Answer value = check(new Raw("1 MB query value", request("GET", "/api/next?goal=" + "a".repeat(1 << 20),
                List.of(), null)));
        assertTrue(value.status() == 414 || value.status() == 431, value::toString);
        health();
    }

    // ----- checks and raw HTTP -----

    private static Answer check(Raw request) {
        Answer answer = send(request.bytes());
        String what = request + " -> " + answer.status() + " " + abbreviate(answer.body());
        assertTrue(answer.status() >= 100 && answer.status() < 500, what);
        assertEquals("nosniff", answer.header("x-content-type-options"), what);
        if (answer.status() >= 400) {
            assertTrue(answer.header("content-type").startsWith(ProblemDetails.MEDIA_TYPE), what);
        }
        if (SENT.incrementAndGet() % BATCH == 0) {
            health();
        }
        return answer;
    }

    private static void health() {
        Answer health = send(request("GET", "/health", List.of(), null));
        assertEquals(200, health.status(), "/health after " + SENT.get() + " requests: " + health);
    }

    private static byte[] request(String method, String target, List<String> headers, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1\r\nConnection: close\r\n");
        headers.forEach(header -> head.append(header).append("\r\n"));
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        // ISO-8859-1 keeps any char below 256 as one byte: "é" in a target goes out as invalid UTF-8
        byte[] bytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        out.writeBytes(bytes);
        if (body != null) {
            out.writeBytes(body);
        }
        return out.toByteArray();
    }

    /** Sends a request and reads the whole answer; writes on another thread, as the server may answer early. */
    private static Answer send(byte[] request) {
        try (Socket socket = new Socket("127.0.0.1", http.server.port())) {
            socket.setSoTimeout(30_000);
            Thread writer = new Thread(() -> {
                try {
                    OutputStream out = socket.getOutputStream();
                    out.write(request);
                    out.flush();
                } catch (IOException e) {
                    // the server answered (413) and closed before the body was all sent
                }
            });
            writer.start();
            InputStream in = socket.getInputStream();
            byte[] response = in.readAllBytes();
            writer.join();
            String text = new String(response, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            if (!text.startsWith("HTTP/1.1 ") || end < 0) {
                return new Answer(-1, text, "");
            }
            return new Answer(Integer.parseInt(text.substring(9, 12)), text.substring(0, end),
                    new String(response, end + 4, response.length - end - 4, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "... (" + text.length() + " chars)";
    }
}
