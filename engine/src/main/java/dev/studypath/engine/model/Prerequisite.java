package dev.studypath.engine.model;

import java.util.Objects;

/**
 * A hard prerequisite: a project to complete before this one, and why.
 *
 * @param project the id of the project to complete first
 * @param reason  a short reason, from the source where it gives one; {@link Text#EMPTY} when none is given
 */
public record Prerequisite(String project, Text reason) {

    public Prerequisite {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(reason, "reason");
    }

    /** A prerequisite with an English reason; an empty string for none. */
    public Prerequisite(String project, String reason) {
        this(project, Text.of(reason));
    }
}
