package dev.studypath.engine.model;

import java.util.Objects;

/**
 * A way to contribute back to a project.
 *
 * @param tier who it suits: a first contribution ({@link Tier#BASIC}), an intermediate or an advanced one
 * @param idea what to do
 */
public record Contribution(Tier tier, Text idea) {

    public Contribution {
        Objects.requireNonNull(tier, "tier");
        Ids.given(idea, "contribution idea");
    }
}
