package dev.studypath.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A learning path laid out on the calendar at the learner's pace: each project with its dates,
 * hours and week-by-week milestones, the plan week by week, the totals, and how confident the
 * finish date is. Immutable; the same catalog, goal, profile and options give an equal schedule.
 *
 * <p>Projects follow the path's order, one at a time, and never overlap. The planned dates use the
 * Monte Carlo median (P50) of the path's hours; {@link #finish()} adds the P80 and P95 dates. With a
 * deadline, the projects that end by it at the options' confidence are scheduled, the goal's targets
 * before the projects only they need; {@link #deadline()} names what was dropped, why, and the weekly
 * hours that would fit everything. {@link #outcome()} says why a schedule is empty or partial.
 *
 * @param catalog      the id of the catalog planned on
 * @param goal         the goal query as given ("" for the whole route)
 * @param start        the first day of study, as given
 * @param hoursPerWeek the learner's weekly study hours
 * @param items        the scheduled projects, in path order
 * @param weeks        the plan's weeks, seven days each from {@code start}, up to the last project's end
 * @param totals       the sums over {@code items} and {@code weeks}
 * @param finish       the finish dates at three levels of confidence
 * @param deadline     what fits before the deadline, if one was given
 * @param samples      the number of Monte Carlo samples drawn
 * @param seed         the Monte Carlo seed
 * @param pace         the pace the hours were forecast at: {@link Pace#ESTIMATE} (no finished project)
 *                     means the catalog's estimates as they are
 * @param outcome      whether everything, part or nothing of the path is scheduled, and why
 * @param omitted      why what the goal asks for is not on its path ({@link LearningPath#omitted()}): what
 *                     an empty path says instead of a schedule
 */
public record Schedule(String catalog, String goal, LocalDate start, double hoursPerWeek, List<ScheduleItem> items,
                       List<ScheduleWeek> weeks, Totals totals, Finish finish, Deadline deadline, int samples,
                       long seed, Pace pace, Outcome outcome, List<Omission> omitted) {

    /** How much of the path a schedule holds, and why. */
    public enum Outcome {
        /** Every project of the path is scheduled (and meets the deadline, if one was given). */
        ALL,
        /** The deadline left out the projects {@link Deadline#dropped()} lists, for the reasons it gives. */
        PARTIAL,
        /** The path is empty: {@link #omitted()} says why (completed, above the maximum difficulty, known). */
        NOTHING_LEFT,
        /** The path has projects, but none ends by the deadline at the confidence asked for. */
        NOTHING_FITS
    }

    public Schedule {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(start, "start");
        items = List.copyOf(items);
        weeks = List.copyOf(weeks);
        Objects.requireNonNull(totals, "totals");
        Objects.requireNonNull(finish, "finish");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(pace, "pace");
        Objects.requireNonNull(outcome, "outcome");
        omitted = List.copyOf(omitted);
    }

    /** The scheduled project ids, in path order. */
    public List<String> projects() {
        return items.stream().map(ScheduleItem::project).toList();
    }

    /**
     * The sums of a schedule.
     *
     * @param hours the planned study hours, the sum of the items' hours
     * @param weeks the number of calendar weeks from the start to the last project's end
     */
    public record Totals(double hours, int weeks) {

        public Totals {
            if (!(hours >= 0)) {
                throw new IllegalArgumentException("total hours must be >= 0: " + hours);
            }
            if (weeks < 0) {
                throw new IllegalArgumentException("total weeks must be >= 0: " + weeks);
            }
        }
    }

    /**
     * When the scheduled projects will be done: the last study day by which the Monte Carlo run
     * finished half ({@code p50}), 80 % and 95 % of its samples, and the hours behind each. The
     * {@code p50} date is the plan's: the last project's end (the start when nothing is scheduled).
     *
     * @param p50      the planned finish
     * @param p80      on or after {@code p50}
     * @param p95      on or after {@code p80}
     * @param hoursP50 the planned hours
     * @param hoursP80 at least {@code hoursP50}
     * @param hoursP95 at least {@code hoursP80}
     */
    public record Finish(LocalDate p50, LocalDate p80, LocalDate p95, double hoursP50, double hoursP80,
                         double hoursP95) {

        public Finish {
            Objects.requireNonNull(p50, "p50");
            Objects.requireNonNull(p80, "p80");
            Objects.requireNonNull(p95, "p95");
            if (p80.isBefore(p50) || p95.isBefore(p80)) {
                throw new IllegalArgumentException("finish dates must not decrease: " + p50 + ", " + p80 + ", " + p95);
            }
            if (!(hoursP50 >= 0 && hoursP80 >= hoursP50 && hoursP95 >= hoursP80)) {
                throw new IllegalArgumentException("finish hours must not decrease: " + hoursP50 + ", " + hoursP80
                        + ", " + hoursP95);
            }
        }
    }

    /**
     * What fits before a deadline. Without a deadline the status is {@link Status#NONE}, the date is
     * the planned finish, every project is kept, the hours needed are the learner's and the
     * probabilities are those of finishing by the planned finish; the JSON form leaves it out.
     *
     * @param status             whether a deadline was given and met
     * @param date               the deadline, or the planned finish when none was given
     * @param kept               the path's projects that are scheduled, in path order; every prerequisite of
     *                           a kept project on the path is kept
     * @param dropped            the path's projects left out, in path order
     * @param hoursPerWeekNeeded the fewest weekly hours, in steps of 0.1, at which the whole path ends by
     *                           the deadline at {@code confidence}
     * @param withinLimit        whether {@code hoursPerWeekNeeded} is at most {@link Profile#MAX_HOURS}
     *                           (and the path fits at 24 hours a day at all)
     * @param confidence         the confidence in percent (50, 80 or 95) at which "ends by" was judged
     * @param probability        the share of the Monte Carlo samples in which the whole path ends by the
     *                           date, 0..1
     * @param keptProbability    the same for the kept projects (1 when none is kept)
     * @param why                for each dropped project, in path order, why
     */
    public record Deadline(Status status, LocalDate date, List<String> kept, List<String> dropped,
                           double hoursPerWeekNeeded, boolean withinLimit, int confidence, double probability,
                           double keptProbability, List<Dropped> why) {

        /** Whether there was a deadline and whether the whole path fits before it. */
        public enum Status {
            /** No deadline was given. */
            NONE,
            /** The whole path is planned to end on or before the deadline at the confidence. */
            MET,
            /** Projects were dropped. */
            MISSED
        }

        public Deadline {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(date, "date");
            kept = List.copyOf(kept);
            dropped = List.copyOf(dropped);
            why = List.copyOf(why);
            if (dropped.isEmpty() == (status == Status.MISSED)) {
                throw new IllegalArgumentException("a deadline is missed exactly when projects are dropped: " + status
                        + ", dropped " + dropped);
            }
            if (why.size() != dropped.size()) {
                throw new IllegalArgumentException("every dropped project needs a reason: " + dropped + ", " + why);
            }
            if (!(hoursPerWeekNeeded >= 0)) {
                throw new IllegalArgumentException("hours per week needed must be >= 0: " + hoursPerWeekNeeded);
            }
            if (!(probability >= 0 && probability <= 1 && keptProbability >= 0 && keptProbability <= 1)) {
                throw new IllegalArgumentException("probabilities must be in 0..1: " + probability + ", "
                        + keptProbability);
            }
        }
    }

    /**
     * Why a project was left out of a schedule by its deadline.
     *
     * @param project the project id
     * @param reason  why
     * @param end     the day the kept projects with this one (and what it needs) would end, at the
     *                deadline's confidence: after the deadline (on a path of more than 64 projects,
     *                whose longest fitting prefix is kept, the end with the first dropped one: a later
     *                one would end no earlier)
     * @param target  for {@link Reason#ONLY_FOR_DROPPED}, the dropped target that needs it; for
     *                {@link Reason#TOO_LATE}, the project itself
     */
    public record Dropped(String project, Reason reason, LocalDate end, String target) {

        /** Why a project was dropped. */
        public enum Reason {
            /** Kept with what it needs, it would end after the deadline. */
            TOO_LATE,
            /** Only dropped targets need it. */
            ONLY_FOR_DROPPED
        }

        public Dropped {
            Objects.requireNonNull(project, "project");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(end, "end");
            Objects.requireNonNull(target, "target");
        }
    }
}
