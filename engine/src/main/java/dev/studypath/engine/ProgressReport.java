package dev.studypath.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * How far a learner has come on the path to a goal, and how that compares with the plan.
 *
 * <p>One definition of done: a project is done when it is marked done, and a project that a done
 * project needs (directly or not) is known, as {@link Studypath#path} assumes. So {@code remaining}
 * is exactly the path for the learner with the log applied.
 *
 * @param done        the goal's projects marked done, in the order of the plan
 * @param implied     the goal's projects known because a done project needs them, not marked themselves
 * @param inProgress  the projects started and not done, by id, except those in {@code implied}
 * @param skipped     the projects skipped, by id
 * @param remaining   the projects still to study: the steps of the path, in path order
 * @param hoursDone   the most likely hours of {@code done} and {@code implied}, at the learner's level
 * @param hoursTotal  {@code hoursDone} plus the same for {@code remaining}
 * @param pace        the learner's pace, learned from the projects they finished
 * @param weeksAhead  {@link Standing#weeksAhead()}, repeated for clients of the first version
 * @param standing    where the learner stands against the plan made when the goal was set
 */
public record ProgressReport(List<String> done, List<String> implied, List<String> inProgress, List<String> skipped,
                             List<String> remaining, double hoursDone, double hoursTotal, Pace pace,
                             double weeksAhead, Standing standing) {

    /** Within this many weeks of the plan, either way, a learner is on plan. */
    public static final double ON_PLAN_WEEKS = 0.5;

    public ProgressReport {
        done = List.copyOf(done);
        implied = List.copyOf(implied);
        inProgress = List.copyOf(inProgress);
        skipped = List.copyOf(skipped);
        remaining = List.copyOf(remaining);
        Objects.requireNonNull(pace, "pace");
        Objects.requireNonNull(standing, "standing");
    }

    /** The share of the path's hours done, 0..1 (1 for an empty path). */
    public double fractionDone() {
        return hoursTotal == 0 ? 1 : hoursDone / hoursTotal;
    }

    /**
     * The learner's work on the plan compared with what the plan expected by today.
     *
     * @param status        ahead, on plan (within {@link #ON_PLAN_WEEKS} weeks), behind, or not started
     * @param since         the plan's start; today when nothing was started
     * @param hoursExpected the plan's hours by today: its weekly hours times the weeks since its start,
     *                      at most its total
     * @param hoursCredited the planned hours of its projects done with a start recorded on or after its
     *                      start, plus, for each started one, the weekly hours times the weeks since it
     *                      started, at most its planned hours, plus the planned hours of its other projects
     *                      done or known since its start, as far as they bring the credit up to
     *                      {@code hoursExpected} and no further
     * @param weeksAhead    (credited - expected) / the plan's weekly hours; negative when behind
     */
    public record Standing(Status status, LocalDate since, double hoursExpected, double hoursCredited,
                           double weeksAhead) {

        /** Where the learner stands. */
        public enum Status {
            /** Nothing in the log and no plan: there is nothing to compare. */
            NOT_STARTED,
            /** More than {@link #ON_PLAN_WEEKS} weeks ahead. */
            AHEAD,
            /** Within {@link #ON_PLAN_WEEKS} weeks of the plan, either way. */
            ON_PLAN,
            /** More than {@link #ON_PLAN_WEEKS} weeks behind. */
            BEHIND
        }

        public Standing {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(since, "since");
        }
    }
}
