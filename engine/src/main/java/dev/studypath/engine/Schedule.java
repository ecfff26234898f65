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
 * deadline, only the longest prefix of the path that the plan finishes by the deadline is scheduled;
 * {@link #deadline()} names what was dropped and the weekly hours that would fit everything.
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
 */
public record Schedule(String catalog, String goal, LocalDate start, double hoursPerWeek, List<ScheduleItem> items,
                       List<ScheduleWeek> weeks, Totals totals, Finish finish, Deadline deadline, int samples,
                       long seed) {

    public Schedule {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(start, "start");
        items = List.copyOf(items);
        weeks = List.copyOf(weeks);
        Objects.requireNonNull(totals, "totals");
        Objects.requireNonNull(finish, "finish");
        Objects.requireNonNull(deadline, "deadline");
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
     * the planned finish, every project is kept and the hours needed are the learner's.
     *
     * @param status             whether a deadline was given and met
     * @param date               the deadline, or the planned finish when none was given
     * @param kept               the path's projects that are scheduled, in path order (a prefix of the path)
     * @param dropped            the path's projects left out, in path order; none is a prerequisite of a kept one
     * @param hoursPerWeekNeeded the fewest weekly hours, in steps of 0.1, at which the whole path's plan
     *                           ends by the deadline
     * @param withinLimit        whether {@code hoursPerWeekNeeded} is at most {@link Profile#MAX_HOURS}
     *                           (and the path fits at 24 hours a day at all)
     */
    public record Deadline(Status status, LocalDate date, List<String> kept, List<String> dropped,
                           double hoursPerWeekNeeded, boolean withinLimit) {

        /** Whether there was a deadline and whether the whole path fits before it. */
        public enum Status {
            /** No deadline was given. */
            NONE,
            /** The whole path is planned to end on or before the deadline. */
            MET,
            /** Projects at the end of the path were dropped. */
            MISSED
        }

        public Deadline {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(date, "date");
            kept = List.copyOf(kept);
            dropped = List.copyOf(dropped);
            if (dropped.isEmpty() == (status == Status.MISSED)) {
                throw new IllegalArgumentException("a deadline is missed exactly when projects are dropped: " + status
                        + ", dropped " + dropped);
            }
            if (!(hoursPerWeekNeeded >= 0)) {
                throw new IllegalArgumentException("hours per week needed must be >= 0: " + hoursPerWeekNeeded);
            }
        }
    }
}
