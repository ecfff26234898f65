package dev.studypath.engine.model;

import java.util.Objects;

/**
 * A text of the catalog in English and Chinese, or in one of the two. A language the catalog does
 * not give is an empty string; a language it gives is never blank.
 *
 * @param en the English text, or an empty string
 * @param zh the Chinese text, or an empty string
 */
public record Text(String en, String zh) {

    /** No text in either language, for an optional text the catalog leaves out (a prerequisite's reason). */
    public static final Text EMPTY = new Text("", "");

    public Text {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(zh, "zh");
        if (!en.isEmpty() && en.isBlank()) {
            throw new IllegalArgumentException("English text must be empty or not blank: '" + en + "'");
        }
        if (!zh.isEmpty() && zh.isBlank()) {
            throw new IllegalArgumentException("Chinese text must be empty or not blank: '" + zh + "'");
        }
    }

    /** An English-only text. */
    public static Text of(String en) {
        return new Text(en, "");
    }

    /** Both languages. */
    public static Text of(String en, String zh) {
        return new Text(en, zh);
    }

    /** The English text, or the Chinese where the catalog gives no English. */
    public String english() {
        return en.isEmpty() ? zh : en;
    }

    /** The Chinese text, or the English where the catalog gives no Chinese. */
    public String chinese() {
        return zh.isEmpty() ? en : zh;
    }

    /**
     * The text in {@code locale}'s language ({@link Message#language}), or in the other one where the
     * catalog gives only that.
     */
    public String in(java.util.Locale locale) {
        return Message.language(locale).equals(java.util.Locale.CHINESE) ? chinese() : english();
    }

    /** Whether the catalog gives the text in {@code locale}'s language (or gives it in neither). */
    public boolean given(java.util.Locale locale) {
        return missing() || !(Message.language(locale).equals(java.util.Locale.CHINESE) ? zh : en).isEmpty();
    }

    // No "is" prefix: the JSON of a text is its two components only.

    /** Whether the text is given in neither language. */
    public boolean missing() {
        return en.isEmpty() && zh.isEmpty();
    }

    /** Whether the text is given in both languages. */
    public boolean bilingual() {
        return !en.isEmpty() && !zh.isEmpty();
    }
}
