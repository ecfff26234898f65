package dev.studypath.engine;

import java.util.Objects;

/**
 * One named part of a project's score.
 *
 * @param name   relevance, readiness, value or effort
 * @param value  the component's value, in [0, 1]
 * @param weight its weight in the total score
 * @param reason why it has this value
 */
public record ScoreComponent(String name, double value, double weight, Reason reason) {

    public ScoreComponent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reason, "reason");
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("score component must be in [0, 1]: " + name + " " + value);
        }
    }
}
