package dev.studypath.engine;

import java.util.List;
import java.util.Objects;

/**
 * How far a learner has come on the path to a goal, and how that compares with the plan.
 *
 * @param done        the path's projects that are done, in path order
 * @param inProgress  the projects started and not done, by id
 * @param skipped     the projects skipped, by id
 * @param remaining   the path's projects still to study, in path order
 * @param hoursDone   the catalog's most likely hours of the done projects, at the learner's level
 * @param hoursTotal  the same for the whole path, done projects included
 * @param pace        the learner's pace, learned from the projects they finished
 * @param weeksAhead  how far ahead of the plan (negative: behind), in weeks at their weekly hours: the
 *                    hours done minus the hours the plan expected since their first start; 0 before any start
 */
public record ProgressReport(List<String> done, List<String> inProgress, List<String> skipped, List<String> remaining,
                             double hoursDone, double hoursTotal, Pace pace, double weeksAhead) {

    public ProgressReport {
        done = List.copyOf(done);
        inProgress = List.copyOf(inProgress);
        skipped = List.copyOf(skipped);
        remaining = List.copyOf(remaining);
        Objects.requireNonNull(pace, "pace");
    }

    /** The share of the path's hours done, 0..1 (1 for an empty path). */
    public double fractionDone() {
        return hoursTotal == 0 ? 1 : hoursDone / hoursTotal;
    }
}
