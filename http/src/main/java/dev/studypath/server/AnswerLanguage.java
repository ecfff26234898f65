package dev.studypath.server;

import dev.studypath.format.Language;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Locale;

/**
 * The language of one answer, by {@link Language#choose}: the {@code lang} parameter (or a POST body's
 * {@code lang}), then {@code Accept-Language}, then Chinese for a goal written in Chinese, then the
 * server's locale. Chosen before the handler and kept on the request, so that a problem speaks the same
 * language as the answer would have. Every answer names it in {@code Content-Language} and says
 * {@code Vary: Accept-Language}.
 */
final class AnswerLanguage {

    static final String CONTENT_LANGUAGE = "Content-Language";
    static final String VARY = "Vary";
    static final String ACCEPT_LANGUAGE = "Accept-Language";

    private static final String ATTRIBUTE = AnswerLanguage.class.getName();

    /** What the rule is given for this request. */
    private record Choice(Locale explicit, String acceptLanguage, String goal, Locale environment) {

        Locale language() {
            return Language.choose(explicit, acceptLanguage, goal, environment);
        }
    }

    private AnswerLanguage() {
    }

    /**
     * Chooses the language from the query string ({@code lang}, {@code goal}) and the
     * {@code Accept-Language} header, and names it on the response.
     *
     * @throws BadInputException for a {@code lang} studypath does not speak; its problem follows the
     *                               rest of the rule
     */
    static void choose(Context ctx, Locale environment) {
        String query = ctx.queryString();
        Choice choice = new Choice(null, ctx.header(ACCEPT_LANGUAGE), Query.peek(query, "goal"), environment);
        set(ctx, choice);
        String lang = Query.peek(query, Query.LANG);
        if (lang != null && !lang.isBlank()) {
            Locale explicit = Language.parse(lang).orElseThrow(() -> BadInputException.parameter(Query.LANG,
                    "param.lang", lang.strip()));
            set(ctx, new Choice(explicit, choice.acceptLanguage(), choice.goal(), environment));
        }
    }

    /**
     * Takes a POST body's {@code lang} and {@code goal} into account: the body's {@code lang} before the
     * query's, its goal when the query has none. Either may be null (missing).
     *
     * @throws BadInputException for a {@code lang} studypath does not speak
     */
    static void body(Context ctx, String lang, String goal) {
        Choice choice = choice(ctx);
        Locale explicit = choice.explicit();
        if (lang != null && !lang.isBlank()) {
            explicit = Language.parse(lang).orElseThrow(() -> BadInputException.field(Query.LANG, "param.lang",
                    lang.strip()));
        }
        set(ctx, new Choice(explicit, choice.acceptLanguage(), goal != null ? goal : choice.goal(),
                choice.environment()));
    }

    /** The answer's language: English or Chinese. */
    static Locale of(Context ctx) {
        return choice(ctx).language();
    }

    /** Chooses the language for a request that failed before {@link #choose}, from its headers alone. */
    static void ensure(Context ctx, Locale environment) {
        if (ctx.attribute(ATTRIBUTE) == null) {
            set(ctx, new Choice(null, ctx.header(ACCEPT_LANGUAGE), null, environment));
        }
    }

    /** The language for a request Jetty refused before it reached Javalin. */
    static Locale of(String query, String acceptLanguage, Locale environment) {
        Locale explicit = Language.parse(Query.peek(query, Query.LANG)).orElse(null);
        return new Choice(explicit, acceptLanguage, Query.peek(query, "goal"), environment).language();
    }

    /** {@code Vary} with {@code Accept-Language} added to what it says already. */
    static String vary(String current) {
        if (current == null || current.isBlank()) {
            return ACCEPT_LANGUAGE;
        }
        boolean listed = Arrays.stream(current.split(",")).anyMatch(v -> v.strip().equalsIgnoreCase(ACCEPT_LANGUAGE));
        return listed ? current : current + ", " + ACCEPT_LANGUAGE;
    }

    private static Choice choice(Context ctx) {
        Choice choice = ctx.attribute(ATTRIBUTE);
        if (choice == null) {
            throw new IllegalStateException("no answer language chosen for " + ctx.method() + " " + ctx.path());
        }
        return choice;
    }

    private static void set(Context ctx, Choice choice) {
        ctx.attribute(ATTRIBUTE, choice);
        ctx.header(CONTENT_LANGUAGE, choice.language().getLanguage());
        ctx.header(VARY, vary(ctx.res().getHeader(VARY)));
    }
}
