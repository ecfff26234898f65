package dev.studypath.format;

import dev.studypath.engine.model.Message;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one rule for the language of an answer, for the command line and the server alike: an explicit
 * choice ({@code --lang}, the {@code lang} parameter, the page's switch) first; then, over HTTP, the
 * best of the client's {@code Accept-Language}; then Chinese for a goal written in Chinese; then the
 * environment's locale. studypath speaks English and Chinese; anything else is English.
 */
public final class Language {

    /** The languages answers are given in. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.CHINESE);

    private Language() {
    }

    /**
     * A language tag as a supported language: {@code en}, {@code zh}, {@code zh-CN}, {@code en-GB} ...
     * (case-insensitive); empty for a blank or unsupported tag.
     */
    public static Optional<Locale> parse(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }

    /**
     * The answer's language.
     *
     * @param explicit       the language asked for, or null
     * @param acceptLanguage an HTTP {@code Accept-Language} header, or null (the command line has none)
     * @param goal           the goal as written, or null
     * @param environment    the environment's locale: the JVM's default on the command line and the server
     */
    public static Locale choose(Locale explicit, String acceptLanguage, String goal, Locale environment) {
        if (explicit != null) {
            return Message.language(explicit);
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
                if (best != null) {
                    return best;
                }
            } catch (IllegalArgumentException malformed) {
                // A malformed header is no choice: the next rule decides.
            }
        }
        if (goal != null && goal.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return Locale.CHINESE;
        }
        return Message.language(environment);
    }
}
