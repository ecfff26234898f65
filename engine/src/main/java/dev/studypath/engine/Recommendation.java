package dev.studypath.engine;

import java.util.List;
import java.util.Objects;

/**
 * The answer to "what should I study next?": the best projects the learner can start now, best first.
 *
 * @param goal       what the goal query was understood to mean
 * @param candidates at most the requested number, best first; equal scores are ordered by project id
 */
public record Recommendation(GoalMatch goal, List<Candidate> candidates) {

    public Recommendation {
        Objects.requireNonNull(goal, "goal");
        candidates = List.copyOf(candidates);
    }
}
