package dev.studypath.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@link Server#stop()}, which the shutdown hook of {@code studypath serve} calls on SIGTERM. */
class GracefulStopTest {

    @Test
    void stop_letsARequestInFlightFinishAndRefusesNewConnections() throws Exception {
        TestServer http = TestServer.start();
        int port = http.server.port();
        byte[] body = "{\"goal\": \"async networking\", \"start\": \"2027-01-04\"}".getBytes(StandardCharsets.UTF_8);
        CompletableFuture<Void> stopping;
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/schedule HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, 10);
            out.flush();
            Thread.sleep(300); // the handler now waits for the rest of the body: the request is in flight
            stopping = CompletableFuture.runAsync(http::close);
            Thread.sleep(500);
            assertFalse(stopping.isDone(), "stop waits for the request in flight");
            out.write(body, 10, body.length - 10);
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(response.startsWith("HTTP/1.1 200 "), response);
            assertTrue(response.contains("\"items\""), response);
        }
        stopping.get(10, TimeUnit.SECONDS);
        assertThrows(ConnectException.class, () -> connect(port));
    }

    private static void connect(int port) throws IOException {
        new Socket("127.0.0.1", port).close();
    }
}
