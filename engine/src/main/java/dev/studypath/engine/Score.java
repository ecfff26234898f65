package dev.studypath.engine;

import java.util.List;

/**
 * A project's score and its parts.
 *
 * @param value      in [0, 1]
 * @param components relevance, readiness, value and effort, in that order
 */
record Score(double value, List<ScoreComponent> components) {

    Score {
        components = List.copyOf(components);
    }

    /** The components' reasons, in order. */
    List<Reason> reasons() {
        return components.stream().map(ScoreComponent::reason).toList();
    }
}
