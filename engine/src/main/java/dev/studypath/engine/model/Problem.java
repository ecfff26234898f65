package dev.studypath.engine.model;

import java.util.Objects;

/**
 * One thing wrong with a catalog, located by a JSON pointer into the catalog's JSON form
 * ({@code /projects/3/prerequisites/0/project}).
 *
 * @param pointer where, as an RFC 6901 JSON pointer; empty for the whole document
 * @param message what is wrong, in plain English
 */
public record Problem(String pointer, String message) {

    public Problem {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
    }

    /** {@code POINTER: message}, or just the message for the whole document. */
    @Override
    public String toString() {
        return pointer.isEmpty() ? message : pointer + ": " + message;
    }
}
