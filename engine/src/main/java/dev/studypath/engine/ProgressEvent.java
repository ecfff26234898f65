package dev.studypath.engine;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One thing a learner did with a project, on a day: started it, finished it, or chose to skip it.
 *
 * @param project the project id
 * @param kind    what happened
 * @param on      the day it happened
 */
public record ProgressEvent(String project, Kind kind, LocalDate on) {

    /** What happened. */
    public enum Kind {
        STARTED,
        DONE,
        SKIPPED
    }

    public ProgressEvent {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(on, "on");
    }
}
