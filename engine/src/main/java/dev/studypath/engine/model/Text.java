package dev.studypath.engine.model;

import java.util.Objects;

/**
 * A short text in English and, where the catalog has it, in Chinese.
 *
 * @param en the English text, never blank
 * @param zh the Chinese text, or an empty string when the catalog gives none
 */
public record Text(String en, String zh) {

    public Text {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(zh, "zh");
        if (en.isBlank()) {
            throw new IllegalArgumentException("English text cannot be blank");
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
}
