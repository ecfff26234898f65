package dev.studypath.server;

import dev.studypath.engine.Studypath;
import dev.studypath.format.Json;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.util.JavalinBindException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The studypath HTTP service: the JSON API described at {@code /openapi.json}, and the web page at
 * {@code /}. Every error is an RFC 9457 {@code application/problem+json} body. Answers are in English
 * or Chinese, chosen per request by {@link AnswerLanguage} (the {@code lang} parameter, then
 * {@code Accept-Language}, then the goal's script, then the locale the server runs in). Logs one line when
 * ready and one access-log line per request (SLF4J loggers {@code dev.studypath.server.Server} and
 * {@code studypath.access}).
 *
 * <pre>{@code
 * Server server = Server.start(Studypath.of(Catalogs.bundled()), "127.0.0.1", 0);
 * URI api = URI.create("http://127.0.0.1:" + server.port() + "/api/next?goal=async");
 * server.stop();
 * }</pre>
 */
public final class Server {

    /** The largest request body accepted; a larger one gets 413. */
    static final long MAX_BODY_BYTES = 64 * 1024;
    /** How long a connection may stay idle before it is closed. */
    static final long IDLE_TIMEOUT_MILLIS = 30_000;
    /** How long {@link #stop()} waits for requests in flight. */
    static final long STOP_TIMEOUT_MILLIS = 10_000;
    /** Only this server's own scripts, styles and API; no inline code, no frames, no plugins. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private static final Pattern CORS_ORIGIN = Pattern.compile("https?://[A-Za-z0-9.\\-\\[\\]:]+");

    private static final Logger LOG = LoggerFactory.getLogger(Server.class);
    private static final Logger ACCESS = LoggerFactory.getLogger("studypath.access");

    private final Javalin app;
    private final String url;

    private Server(Javalin app, String url) {
        this.app = app;
        this.url = url;
    }

    /**
     * Starts serving {@code engine} on {@code host}:{@code port} and returns once ready.
     *
     * @param port the TCP port, or 0 for any free one (see {@link #port()})
     * @throws UncheckedIOException when the address cannot be bound (a port in use, an unknown host)
     */
    public static Server start(Studypath engine, String host, int port) {
        return start(engine, host, port, Clock.systemDefaultZone(), List.of(), IDLE_TIMEOUT_MILLIS, Locale.getDefault());
    }

    /**
     * As {@link #start(Studypath, String, int)}, letting web pages from {@code corsOrigins} call the API
     * from their scripts (CORS). With none, the default, browsers keep the API to this server's own page.
     *
     * @param corsOrigins exact origins such as {@code https://example.org}; never {@code *}
     * @throws IllegalArgumentException when an origin is not {@code http(s)://host[:port]}
     */
    public static Server start(Studypath engine, String host, int port, List<String> corsOrigins) {
        return start(engine, host, port, Clock.systemDefaultZone(), corsOrigins, IDLE_TIMEOUT_MILLIS,
                Locale.getDefault());
    }

    /**
     * As {@link #start(Studypath, String, int, List)}, with a clock, an idle timeout and the locale that
     * decides an answer's language when the request does not (the JVM's default in production), for tests.
     */
    static Server start(Studypath engine, String host, int port, Clock clock, List<String> corsOrigins,
                        long idleTimeoutMillis, Locale environment) {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(environment, "environment");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be in 0..65535: " + port);
        }
        for (String origin : List.copyOf(corsOrigins)) {
            if (!CORS_ORIGIN.matcher(origin).matches()) {
                throw new IllegalArgumentException("a CORS origin must be http(s)://host[:port], was '" + origin + "'");
            }
        }
        Api api = new Api(engine, clock, version());
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = MAX_BODY_BYTES;
            // Javalin copies each answer through a buffer of this size, allocated per response; Jetty's
            // default of 32 KiB made it three quarters of all allocation and drove the GC pauses.
            config.http.responseBufferSize = 4096;
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            config.jetty.addConnector((server, http) -> {
                ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
                connector.setHost(host);
                connector.setPort(port);
                connector.setIdleTimeout(idleTimeoutMillis);
                return connector;
            });
            config.jetty.modifyServer(server -> {
                server.insertHandler(new GracefulHandler());
                server.setStopTimeout(STOP_TIMEOUT_MILLIS);
                server.setErrorHandler(Problems.jettyErrors(environment));
            });
            config.requestLogger.http((ctx, millis) -> ACCESS.info("{} {}{} {} {} ms", ctx.method().name(), ctx.path(),
                    ctx.queryString() == null ? "" : "?" + ctx.queryString(), ctx.statusCode(),
                    Math.round(millis * 10) / 10.0));
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/dev/studypath/server/web/static";
                files.location = Location.CLASSPATH;
                files.mimeTypes.add("text/javascript;charset=utf-8", "js");
                files.mimeTypes.add("text/css;charset=utf-8", "css");
            });
            if (!corsOrigins.isEmpty()) {
                config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> corsOrigins.forEach(rule::allowHost)));
            }
            config.routes.before(ctx -> {
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                AnswerLanguage.choose(ctx, environment);
                Limits.checkQuery(ctx);
            });
            api.register(config.routes);
            config.routes.exception(HttpResponseException.class, (e, ctx) -> problem(e, ctx, environment));
            config.routes.exception(Exception.class, (e, ctx) -> problem(e, ctx, environment));
        });
        try {
            app.start();
        } catch (JavalinBindException e) {
            BindException cause = new BindException("cannot listen on " + host + ":" + port + ": " + e.getMessage());
            throw new UncheckedIOException(cause.getMessage(), cause);
        }
        String url = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + app.port() + "/";
        LOG.info("studypath {} serving catalog '{}' at {}", version(), engine.catalog().id(), url);
        return new Server(app, url);
    }

    /** Answers a failure with its problem, in the language chosen for the request (or by its headers alone). */
    private static void problem(Exception failure, io.javalin.http.Context ctx, Locale environment) {
        AnswerLanguage.ensure(ctx, environment);
        Problems.respond(failure, ctx);
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    /** The server's base URL, such as {@code http://127.0.0.1:7070/}. */
    public String url() {
        return url;
    }

    /**
     * Stops accepting connections, lets the requests in flight finish (for up to 10 seconds) and stops.
     * Calling it again does nothing.
     */
    public void stop() {
        app.stop();
        LOG.info("studypath stopped");
    }

    /** The routes served, as "METHOD /path", for the test that compares them with the OpenAPI document. */
    List<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .filter(entry -> entry.endpoint.method.isHttpMethod())
                .map(entry -> entry.endpoint.method.name() + " " + entry.endpoint.path)
                .toList();
    }

    /** This build's version, from the jar's manifest, or "dev" when run from classes: the one place that reads it. */
    public static String version() {
        String version = Server.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
