package dev.studypath.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.studypath.engine.Profile;
import dev.studypath.engine.Schedule;
import dev.studypath.engine.ScheduleOptions;
import dev.studypath.engine.Studypath;
import dev.studypath.engine.model.Catalog;
import dev.studypath.engine.model.Message;
import dev.studypath.format.CatalogViews;
import dev.studypath.format.Json;
import dev.studypath.format.Language;
import dev.studypath.format.ScheduleCalendar;
import dev.studypath.format.ScheduleJson;
import dev.studypath.format.ScheduleMarkdown;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The endpoints: each handler reads its parameters, calls the engine and writes the result with the
 * one JSON serializer. Failures are thrown, never answered here: {@link Problems} turns them into
 * problem responses. The catalog is immutable, so its views are serialized once.
 */
final class Api {

    static final String JSON = "application/json";
    static final String HTML = "text/html";
    static final String CALENDAR = "text/calendar";
    static final String MARKDOWN = "text/markdown";
    /** Every answer names its charset, so that no client (or Jetty) falls back to ISO-8859-1. */
    static final String UTF8 = ";charset=utf-8";

    /** The page's bundle: {@code web/page.properties} (English) and {@code web/page_zh.properties}. */
    static final String PAGE_BUNDLE = "dev.studypath.server.web.page";

    /** The most answers {@link #answer} keeps. */
    static final int MAX_ANSWERS = 4096;

    private final Studypath engine;
    private final Map<Object, byte[]> answers = new ConcurrentHashMap<>();
    /** For {@code schedule.ics} without a start: the day each question was first asked. */
    private final Map<List<Object>, LocalDate> subscriptions = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Map<String, byte[]> fixed = new LinkedHashMap<>();
    private final Map<String, byte[]> projects = new LinkedHashMap<>();
    private final byte[] page;
    private final byte[] openapi;
    /** The page's own words, per language: {@code GET /api/messages}. */
    private final Map<Locale, byte[]> pageMessages = new LinkedHashMap<>();

    Api(Studypath engine, Clock clock, String version) {
        this.engine = engine;
        this.clock = clock;
        Catalog catalog = engine.catalog();
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("status", "ok");
        health.put("catalog", catalog.id());
        health.put("version", version);
        fixed.put("/health", utf8(health));
        fixed.put("/api/catalog", utf8(CatalogViews.overview(catalog)));
        fixed.put("/api/projects", utf8(CatalogViews.projects(catalog)));
        fixed.put("/api/skills", utf8(CatalogViews.listing(catalog, "skills", catalog.skills())));
        fixed.put("/api/goals", utf8(CatalogViews.listing(catalog, "goals", catalog.goals())));
        fixed.put("/api/stages", utf8(CatalogViews.listing(catalog, "stages", catalog.stages())));
        fixed.put("/api/guide", utf8(CatalogViews.guide(catalog, catalog.sections())));
        catalog.projects().forEach(project -> projects.put(project.id(), utf8(CatalogViews.project(catalog, project))));
        this.page = resource("web/index.html");
        for (Locale language : Language.SUPPORTED) {
            pageMessages.put(language, utf8(pageMessages(language), language));
        }
        ObjectNode document = (ObjectNode) read(resource("openapi.json"));
        ((ObjectNode) document.get("info")).put("version", version);
        this.openapi = utf8(document);
    }

    /** Registers the routes, the planning ones first: Javalin tries each route's pattern in order. */
    void register(RoutesConfig routes) {
        routes.get("/api/path", this::path);
        routes.get("/api/next", this::next);
        routes.post("/api/schedule", this::schedule);
        routes.get("/api/schedule.ics", this::subscription);
        routes.post("/api/next", this::nextPosted);
        routes.post("/api/path", this::pathPosted);
        routes.post("/api/progress", this::progress);
        fixed.forEach((path, body) -> routes.get(path, ctx -> fixed(ctx, body)));
        routes.get("/api/projects/{id}", this::project);
        routes.get("/api/messages", this::messages);
        routes.get("/openapi.json", ctx -> fixed(ctx, openapi));
        routes.get("/", this::page);
    }

    private void page(Context ctx) {
        accept(ctx, HTML);
        ctx.contentType(HTML + UTF8).result(page);
    }

    /** The web page's labels and sentences in the answer's language, as one JSON object of MessageFormat-style patterns. */
    private void messages(Context ctx) {
        accept(ctx, JSON);
        Query.of(ctx);
        ctx.contentType(JSON + UTF8).result(pageMessages.get(AnswerLanguage.of(ctx)));
    }

    /** The page's bundle in {@code language}, its keys sorted. */
    private static Map<String, String> pageMessages(Locale language) {
        ResourceBundle bundle = Message.bundle(PAGE_BUNDLE, language);
        Map<String, String> messages = new TreeMap<>();
        bundle.keySet().forEach(key -> messages.put(key, bundle.getString(key)));
        return messages;
    }

    private void project(Context ctx) {
        accept(ctx, JSON);
        Query.of(ctx);
        String id = ctx.pathParam("id");
        if (id.length() > Limits.MAX_ID_CHARS) {
            throw BadInputException.parameter("id", "id.tooLong", Limits.MAX_ID_CHARS, id.length());
        }
        byte[] project = projects.get(id);
        if (project == null) {
            throw new ProblemException(404, "notFound.project", id, engine.catalog().id(),
                    String.join(", ", projects.keySet()));
        }
        ctx.contentType(JSON + UTF8).result(project);
    }

    private void next(Context ctx) {
        answer(ctx, "next", () -> {
            Query query = Query.of(ctx, "goal", "completed", "known", "hours", "maxDifficulty", "limit");
            String goal = query.text("goal");
            Profile profile = profile(query).build();
            int limit = query.integer("limit").orElse(Studypath.DEFAULT_LIMIT);
            return new Plan(List.of("next", goal, profile, limit, AnswerLanguage.of(ctx)),
                    () -> engine.next(goal, profile, limit));
        });
    }

    private void path(Context ctx) {
        answer(ctx, "path", () -> {
            Query query = Query.of(ctx, "goal", "completed", "known", "hours", "maxDifficulty");
            String goal = query.text("goal");
            Profile profile = profile(query).build();
            return new Plan(List.of("path", goal, profile, AnswerLanguage.of(ctx)), () -> engine.path(goal, profile));
        });
    }

    /** A request as the engine sees it, and how to answer it. */
    private record Plan(List<Object> request, Supplier<Object> result) {
    }

    /**
     * Answers with the JSON of a plan, serialized once per distinct request: the engine is
     * deterministic, so an equal request gets the same bytes without planning again. A query string
     * seen before skips even the parsing; one seen for the first time is parsed and checked, then
     * looked up by its meaning (goal, profile and language), so that "a,b" and "b,a" share an answer.
     * The answer's language is part of both keys, since {@code Accept-Language} can choose it. The cache
     * holds at most {@value #MAX_ANSWERS} entries and is emptied when full.
     */
    private void answer(Context ctx, String endpoint, Supplier<Plan> plan) {
        accept(ctx, JSON);
        Locale language = AnswerLanguage.of(ctx);
        String query = language.getLanguage() + " " + endpoint + "?" + ctx.queryString();
        byte[] body = answers.get(query);
        if (body == null) {
            Plan planned = plan.get();
            body = answers.get(planned.request());
            if (body == null) {
                body = utf8(planned.result().get(), language);
                remember(planned.request(), body);
            }
            remember(query, body);
        }
        ctx.contentType(JSON + UTF8).result(body);
    }

    private void remember(Object request, byte[] body) {
        if (answers.size() >= MAX_ANSWERS) {
            answers.clear();
        }
        answers.put(request, body);
    }

    private void schedule(Context ctx) throws IOException {
        String type = accept(ctx, JSON, CALENDAR, MARKDOWN);
        Query.of(ctx);
        ScheduleRequest request = JsonBody.read(ctx, ScheduleRequest.class);
        AnswerLanguage.body(ctx, request.lang(), request.goal());
        Schedule schedule = engine.schedule(request.goalOrEmpty(), request.learner(engine),
                request.options(LocalDate.now(clock)), request.log(engine).finished());
        switch (type) {
            case CALENDAR -> calendar(ctx, schedule);
            case MARKDOWN -> ctx.contentType(MARKDOWN + UTF8).result(ScheduleMarkdown.render(schedule, engine.catalog(),
                    AnswerLanguage.of(ctx)));
            default -> ctx.contentType(JSON + UTF8).result(ScheduleJson.render(schedule, AnswerLanguage.of(ctx)));
        }
    }

    /** {@code GET /api/next} for a client that keeps the learner's progress itself and sends it along. */
    private void nextPosted(Context ctx) throws IOException {
        accept(ctx, JSON);
        Query.of(ctx);
        NextRequest request = JsonBody.read(ctx, NextRequest.class);
        AnswerLanguage.body(ctx, request.lang(), request.goal());
        byte[] body = utf8(engine.next(request.goalOrEmpty(), request.learner(engine), request.limitOrDefault()),
                AnswerLanguage.of(ctx));
        ctx.contentType(JSON + UTF8).result(body);
    }

    /** {@code GET /api/path} for a client that keeps the learner's progress itself and sends it along. */
    private void pathPosted(Context ctx) throws IOException {
        accept(ctx, JSON);
        Query.of(ctx);
        PathRequest request = JsonBody.read(ctx, PathRequest.class);
        AnswerLanguage.body(ctx, request.lang(), request.goal());
        byte[] body = utf8(engine.path(request.goalOrEmpty(), request.learner(engine)), AnswerLanguage.of(ctx));
        ctx.contentType(JSON + UTF8).result(body);
    }

    /** How far along the path the learner is, and at what pace: the engine's progress report. */
    private void progress(Context ctx) throws IOException {
        accept(ctx, JSON);
        Query.of(ctx);
        ProgressRequest request = JsonBody.read(ctx, ProgressRequest.class);
        AnswerLanguage.body(ctx, request.lang(), request.goal());
        LocalDate today = request.today() == null ? LocalDate.now(clock) : request.today();
        byte[] body = utf8(request.report(engine, today), AnswerLanguage.of(ctx));
        ctx.contentType(JSON + UTF8).result(body);
    }

    /**
     * The schedule as iCalendar for a GET, so that a calendar application can subscribe to a link.
     * Without {@code start}, the plan starts on the day this server first answered the same question
     * (goal, profile, time off and deadline), so that a subscription does not move on each refresh.
     */
    private void subscription(Context ctx) {
        accept(ctx, CALENDAR);
        Query query = Query.of(ctx, "goal", "completed", "known", "hours", "maxDifficulty", "start", "off", "deadline",
                "confidence");
        String goal = query.text("goal");
        Profile profile = profile(query).build();
        List<LocalDate[]> off = query.dateRanges("off");
        Optional<LocalDate> deadline = query.date("deadline");
        OptionalInt confidence = query.integer("confidence");
        List<Object> question = List.of(goal, profile, off.stream().map(List::of).toList(), deadline,
                confidence);
        LocalDate start = query.date("start").orElseGet(() -> firstAsked(question));
        ScheduleOptions.Builder options = ScheduleOptions.builder().start(start);
        off.forEach(range -> options.timeOff(range[0], range[1]));
        deadline.ifPresent(options::deadline);
        confidence.ifPresent(options::confidence);
        calendar(ctx, engine.schedule(goal, profile, options.build()));
    }

    /** The day this server first answered {@code question}: today the first time, that same day after. */
    private LocalDate firstAsked(List<Object> question) {
        LocalDate today = LocalDate.now(clock);
        LocalDate first = subscriptions.putIfAbsent(question, today);
        if (first == null && subscriptions.size() > MAX_ANSWERS) {
            subscriptions.clear();
            subscriptions.put(question, today);
        }
        return first == null ? today : first;
    }

    private void calendar(Context ctx, Schedule schedule) {
        ctx.contentType(CALENDAR + UTF8)
                .header("Content-Disposition", "inline; filename=\"studypath.ics\"")
                .result(ScheduleCalendar.render(schedule, engine.catalog(), AnswerLanguage.of(ctx)));
    }

    /** The learner the query describes: completed projects, known skills, weekly hours, highest difficulty. */
    private Profile.Builder profile(Query query) {
        Profile.Builder profile = engine.newProfile().completed(query.list("completed"));
        query.list("known").forEach(profile::known);
        query.number("hours").ifPresent(profile::hoursPerWeek);
        query.integer("maxDifficulty").ifPresent(profile::maxDifficulty);
        return profile;
    }

    /** Answers with JSON serialized in advance, for an endpoint that takes no parameters. */
    private static void fixed(Context ctx, byte[] body) {
        accept(ctx, JSON);
        Query.of(ctx);
        ctx.contentType(JSON + UTF8).result(body);
    }

    /**
     * The response type the client accepts among {@code offered}.
     *
     * @throws ProblemException 406 when it accepts none of them
     */
    static String accept(Context ctx, String... offered) {
        String accept = ctx.header("Accept");
        return Negotiation.choose(accept, List.of(offered)).orElseThrow(() -> new ProblemException(406,
                "notAcceptable", new Message.Either(List.of(offered)), String.valueOf(accept)));
    }

    /** {@code value} as JSON, in UTF-8; its texts in English (the catalog's views are bilingual data). */
    private static byte[] utf8(Object value) {
        return utf8(value, Locale.ENGLISH);
    }

    /** {@code value} as JSON, in UTF-8, its reasons' and omissions' texts in {@code language}. */
    private static byte[] utf8(Object value, Locale language) {
        return Json.write(value, language).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) {
        try (InputStream in = Api.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " next to " + Api.class.getName());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode read(byte[] json) {
        try {
            return Json.mapper().readTree(new String(json, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
