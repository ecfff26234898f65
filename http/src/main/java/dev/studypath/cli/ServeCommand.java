package dev.studypath.cli;

import ch.qos.logback.classic.LoggerContext;
import dev.studypath.server.Server;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code studypath serve}: the HTTP API and the web page, until the process is stopped. SIGTERM or
 * Ctrl-C stops it gracefully: requests in flight finish first.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the HTTP API and the web page until stopped (SIGTERM lets requests in flight finish).")
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "${env:STUDYPATH_PORT:-7070}",
            description = "The TCP port, 0 for any free one (default 7070, or $STUDYPATH_PORT).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "${env:STUDYPATH_HOST:-127.0.0.1}",
            description = "The address to listen on (default 127.0.0.1, or $STUDYPATH_HOST).")
    String host;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN", defaultValue = "${env:STUDYPATH_CORS_ORIGIN}",
            description = "Let web pages from exactly this origin (such as https://example.org) call the API; "
                    + "CORS is off by default (or $STUDYPATH_CORS_ORIGIN).")
    String corsOrigin;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new LocalizedParameterException(spec.commandLine(), "cli.serve.port", String.valueOf(port));
        }
        String catalog = System.getenv("STUDYPATH_CATALOG");
        if (main.catalogFile == null && catalog != null && !catalog.isBlank()) {
            main.catalogFile = Path.of(catalog);
        }
        List<String> origins = corsOrigin == null || corsOrigin.isBlank() ? List.of() : List.of(corsOrigin.strip());
        Server server;
        try {
            server = Server.start(main.engine(), host, port, origins);
        } catch (IllegalArgumentException e) {
            throw new LocalizedParameterException(spec.commandLine(), "cli.serve.cors", e.getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            // Writes out the access-log lines still queued (logback.xml) before the JVM exits.
            if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logging) {
                logging.stop();
            }
            stopped.countDown();
        }, "studypath-shutdown"));
        stopped.await();
        return 0;
    }
}
