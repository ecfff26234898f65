package dev.studypath.engine;

import dev.studypath.engine.model.Text;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One week of a schedule, seven days from a day of the week of the schedule's start: what to work on
 * and how many days are off.
 *
 * @param number  1 for the week that starts on the schedule's start
 * @param start   its first day
 * @param end     its last day, six days after {@code start}
 * @param daysOff how many of its days are time off, 0..7
 * @param hours   the planned study hours that fall in it (each project's hours spread evenly over its
 *                study days)
 * @param work    the milestones with study days in it, in schedule order; empty in a week of time off
 */
public record ScheduleWeek(int number, LocalDate start, LocalDate end, int daysOff, double hours, List<Work> work) {

    public ScheduleWeek {
        if (number < 1) {
            throw new IllegalArgumentException("week number must be >= 1: " + number);
        }
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.equals(start.plusDays(6))) {
            throw new IllegalArgumentException("a week must end six days after its start " + start + ": " + end);
        }
        if (daysOff < 0 || daysOff > 7) {
            throw new IllegalArgumentException("days off must be in 0..7: " + daysOff);
        }
        if (!(hours >= 0)) {
            throw new IllegalArgumentException("week hours must be >= 0: " + hours);
        }
        work = List.copyOf(work);
    }

    /** Whether every day of the week is time off. */
    public boolean timeOff() {
        return daysOff == 7;
    }

    /**
     * A milestone to work on in a week.
     *
     * @param project   the project id
     * @param milestone the milestone's number in the project's {@link ScheduleItem#weeks()}, from 1
     * @param title     the milestone's title
     */
    public record Work(String project, int milestone, Text title) {

        public Work {
            Objects.requireNonNull(project, "project");
            if (milestone < 1) {
                throw new IllegalArgumentException("milestone number must be >= 1: " + milestone);
            }
            Objects.requireNonNull(title, "title");
        }
    }
}
