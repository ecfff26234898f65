package dev.studypath.engine.model;

import java.util.Objects;

/** The one rule for ids, and for texts that must be given. */
final class Ids {

    private Ids() {
    }

    /** Returns {@code id} when it is not blank and has no white space. */
    static String require(String id, String what) {
        Objects.requireNonNull(id, what + " id");
        if (id.isBlank() || id.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException(what + " id must be non-blank without white space: '" + id + "'");
        }
        return id;
    }

    /** Returns {@code text} when it is given in at least one language. */
    static Text given(Text text, String what) {
        Objects.requireNonNull(text, what);
        if (text.missing()) {
            throw new IllegalArgumentException(what + " must be given in English or Chinese");
        }
        return text;
    }
}
