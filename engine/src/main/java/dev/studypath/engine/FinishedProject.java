package dev.studypath.engine;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A project the learner started and finished, with the dates, both included.
 *
 * @param project  the project id
 * @param started  the first day of study
 * @param finished the last day, on or after {@code started}
 */
public record FinishedProject(String project, LocalDate started, LocalDate finished) {

    public FinishedProject {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(finished, "finished");
        if (finished.isBefore(started)) {
            throw new InvalidInputException("finished", "input.finishedBeforeStarted", project, finished, started);
        }
    }
}
