package dev.studypath.engine;

import dev.studypath.engine.model.Range;
import dev.studypath.engine.model.Text;
import java.util.List;
import java.util.Objects;

/**
 * An ordered learning path: every project comes after all of its prerequisites.
 *
 * <p>The engine's paths make each step when it is first read, so a caller that reads only the first
 * steps of a long path does not pay for the rest; {@link #projects()} reads no step.
 *
 * @param goal      what the goal query was understood to mean
 * @param steps     the projects in study order; none completed, none twice
 * @param uncovered the goal's skills that no project of the path teaches and the learner does not know
 * @param weeks     the path's total estimate in weeks at the learner's weekly hours
 * @param omitted   why what the goal asks for is not all here: completed targets, projects above the
 *                  maximum difficulty, skills already known or taught by no project; empty when
 *                  nothing is left out. An empty path for a goal (not the whole route) always has at least one.
 * @param stages    for each stage of the catalog's route that the path visits, in route order, the path's
 *                  own estimate for its projects beside the duration the catalog gives the stage
 */
public record LearningPath(GoalMatch goal, List<Step> steps, List<String> uncovered, Range weeks,
                           List<Omission> omitted, List<StageEstimate> stages) {

    /**
     * The path's projects of one stage of the route.
     *
     * @param stage    the stage's number
     * @param name     its names
     * @param projects how many of the path's projects are in it
     * @param weeks    their estimate in weeks at the learner's weekly hours, as the path's {@code weeks}
     * @param months   the duration the catalog gives the stage, in months (open-ended for "ongoing")
     */
    public record StageEstimate(int stage, Text name, int projects, Range weeks, Range months) {

        public StageEstimate {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(weeks, "weeks");
            Objects.requireNonNull(months, "months");
        }
    }

    public LearningPath {
        Objects.requireNonNull(goal, "goal");
        steps = steps instanceof PathSteps ? steps : List.copyOf(steps);
        uncovered = List.copyOf(uncovered);
        Objects.requireNonNull(weeks, "weeks");
        omitted = List.copyOf(omitted);
        stages = List.copyOf(stages);
    }

    /** The project ids in study order. */
    public List<String> projects() {
        return steps instanceof PathSteps planned ? planned.projects() : steps.stream().map(Step::project).toList();
    }
}
