package dev.studypath.engine;

import dev.studypath.engine.model.Text;
import java.util.List;
import java.util.Objects;

/**
 * A project recommended as the next one to study.
 *
 * @param project    the project id
 * @param name       its names
 * @param score      its score, in [0, 1]: the weighted sum of its components
 * @param components the parts of the score
 * @param reasons    why, most important first
 */
public record Candidate(String project, Text name, double score, List<ScoreComponent> components,
                        List<Reason> reasons) {

    public Candidate {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(name, "name");
        components = List.copyOf(components);
        reasons = List.copyOf(reasons);
    }
}
