package dev.studypath.engine.score;

import dev.studypath.engine.Reason;
import dev.studypath.engine.ScoreComponent;
import java.util.List;

/**
 * A project's score and its parts. Internal to the engine.
 *
 * @param value      in [0, 1]
 * @param components relevance, readiness, value and effort, in that order
 */
public record Score(double value, List<ScoreComponent> components) {

    public Score {
        components = List.copyOf(components);
    }

    /** The components' reasons, in order. */
    public List<Reason> reasons() {
        return components.stream().map(ScoreComponent::reason).toList();
    }
}
