package dev.studypath.engine.model;

import java.util.Locale;
import java.util.Objects;

/**
 * One thing wrong with a catalog, located by a JSON pointer into the catalog's JSON form
 * ({@code /projects/3/prerequisites/0/project}).
 *
 * @param pointer where, as an RFC 6901 JSON pointer; empty for the whole document
 * @param detail  what is wrong, as a message of the engine's or the dataset's bundle
 */
public record Problem(String pointer, Message detail) {

    public Problem {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(detail, "detail");
    }

    /** A problem at {@code pointer} with the engine's message {@code key}. */
    static Problem at(String pointer, String key, Object... arguments) {
        return new Problem(pointer, Message.of(key, arguments));
    }

    /** What is wrong, in English. */
    public String message() {
        return detail.describe(Locale.ENGLISH);
    }

    /** {@code POINTER: what is wrong}, or just what is wrong for the whole document, in {@code locale}'s language. */
    public String describe(Locale locale) {
        return pointer.isEmpty() ? detail.describe(locale) : Message.of("problem", pointer, detail).describe(locale);
    }

    /** {@link #describe} in English. */
    @Override
    public String toString() {
        return describe(Locale.ENGLISH);
    }
}
