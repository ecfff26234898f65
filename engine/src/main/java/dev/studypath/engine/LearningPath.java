package dev.studypath.engine;

import dev.studypath.engine.model.Range;
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
 */
public record LearningPath(GoalMatch goal, List<Step> steps, List<String> uncovered, Range weeks,
                           List<Omission> omitted) {

    public LearningPath {
        Objects.requireNonNull(goal, "goal");
        steps = steps instanceof PathSteps ? steps : List.copyOf(steps);
        uncovered = List.copyOf(uncovered);
        Objects.requireNonNull(weeks, "weeks");
        omitted = List.copyOf(omitted);
    }

    /** The project ids in study order. */
    public List<String> projects() {
        return steps instanceof PathSteps planned ? planned.projects() : steps.stream().map(Step::project).toList();
    }
}
