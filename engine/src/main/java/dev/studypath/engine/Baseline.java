package dev.studypath.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The plan made when a learner set a goal: what "on plan" is measured against later. Kept by the
 * caller (the command line saves it in the profile), so that later changes to the catalog, the
 * learner's pace or backdated entries in the log never move it.
 *
 * @param goal         the goal query it was made for
 * @param start        the day the plan starts: work finished on or before it is not progress on the plan
 * @param hoursPerWeek the weekly hours it assumes, 1..80
 * @param projects     the path's projects at that time, in path order, with their planned hours
 */
public record Baseline(String goal, LocalDate start, double hoursPerWeek, List<Planned> projects) {

    public Baseline {
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(start, "start");
        if (!(hoursPerWeek >= Profile.MIN_HOURS && hoursPerWeek <= Profile.MAX_HOURS)) {
            throw new InvalidInputException("baseline.hoursPerWeek", "input.between", Profile.MIN_HOURS,
                    Profile.MAX_HOURS, hoursPerWeek);
        }
        projects = List.copyOf(projects);
    }

    /**
     * One project of the plan.
     *
     * @param project the project id
     * @param hours   its most likely hours for the learner when the plan was made, &gt;= 0
     */
    public record Planned(String project, double hours) {

        public Planned {
            Objects.requireNonNull(project, "project");
            if (!(hours >= 0) || Double.isInfinite(hours)) {
                throw new InvalidInputException("baseline.projects", "input.plannedHours", project,
                        String.valueOf(hours));
            }
        }
    }
}
