package dev.studypath.engine;

import dev.studypath.engine.model.Effort;
import dev.studypath.engine.model.Text;
import java.util.List;
import java.util.Objects;

/**
 * One project of a learning path.
 *
 * @param position   1 for the first step
 * @param project    the project id
 * @param name       its names
 * @param stage      the number of its stage in the catalog's route, 0 when it is in none
 * @param difficulty 1..5
 * @param effort     the catalog's estimate
 * @param role       whether the goal asks for it or it is needed first
 * @param requiredBy for a prerequisite, the targets that need it (directly or not), in path order
 * @param score      its score for the goal, in [0, 1]
 * @param reasons    why it is here
 */
public record Step(int position, String project, Text name, int stage, int difficulty, Effort effort, Role role,
                   List<String> requiredBy, double score, List<Reason> reasons) {

    /** Why a project is on the path. */
    public enum Role {
        /** It teaches what the goal asks for. */
        TARGET,
        /** A target needs it first. */
        PREREQUISITE
    }

    public Step {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(effort, "effort");
        Objects.requireNonNull(role, "role");
        requiredBy = List.copyOf(requiredBy);
        reasons = List.copyOf(reasons);
    }
}
