package dev.studypath.engine;

import dev.studypath.engine.model.Text;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One project of a schedule: when to study it, for how many hours, and its learning route
 * stretched or compressed to the learner's pace.
 *
 * @param position 1 for the first project of the path
 * @param project  the project id
 * @param name     its names
 * @param start    its first study day
 * @param end      its last study day, on or after {@code start}
 * @param hours    the planned study hours
 * @param weeks    its week-by-week milestones, in the order of its route; one "Study (name)" milestone
 *                 when the catalog gives it no route
 */
public record ScheduleItem(int position, String project, Text name, LocalDate start, LocalDate end, double hours,
                           List<DatedMilestone> weeks) {

    public ScheduleItem {
        if (position < 1) {
            throw new IllegalArgumentException("position must be >= 1: " + position);
        }
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end must not be before start " + start + ": " + end);
        }
        if (!(hours >= 0)) {
            throw new IllegalArgumentException("hours must be >= 0: " + hours);
        }
        weeks = List.copyOf(weeks);
    }

    /** The number of calendar days from start to end, both included. */
    public long days() {
        return end.toEpochDay() - start.toEpochDay() + 1;
    }

    /**
     * A step of a project's route on the calendar. A route step spanning weeks {@code a..b} of a
     * route of {@code w} weeks takes the same share, {@code (a-1)/w .. b/w}, of the project's study days.
     *
     * @param number    1 for the first step of the route
     * @param title     what the step is about
     * @param fromWeek  the calendar week of the project it starts in, 1 for the project's first 7 days
     * @param toWeek    the calendar week of the project it ends in, at least {@code fromWeek}
     * @param start     its first study day
     * @param end       its last study day, on or after {@code start}
     * @param topics    what to study
     * @param checklist what to tick off: the route's checklist, or the title when the route gives none
     */
    public record DatedMilestone(int number, Text title, int fromWeek, int toWeek, LocalDate start, LocalDate end,
                                 List<String> topics, List<String> checklist) {

        public DatedMilestone {
            if (number < 1) {
                throw new IllegalArgumentException("milestone number must be >= 1: " + number);
            }
            Objects.requireNonNull(title, "title");
            if (fromWeek < 1 || toWeek < fromWeek) {
                throw new IllegalArgumentException("milestone weeks must satisfy 1 <= from <= to: " + fromWeek + ".."
                        + toWeek);
            }
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            if (end.isBefore(start)) {
                throw new IllegalArgumentException("milestone end must not be before start " + start + ": " + end);
            }
            topics = List.copyOf(topics);
            checklist = List.copyOf(checklist);
        }
    }
}
