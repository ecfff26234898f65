package dev.studypath.engine;

import java.util.List;
import java.util.Objects;

/**
 * What a goal query was understood to mean.
 *
 * @param query   the query as given
 * @param kind    how it matched
 * @param goals   the catalog goals it named, if any
 * @param skills  the skills it means, each with a weight in (0, 1]; the weights sum to 1
 *                (empty for the whole route)
 * @param ignored words of the query that matched nothing and were left out
 */
public record GoalMatch(String query, Kind kind, List<String> goals, List<WeightedSkill> skills,
                        List<String> ignored) {

    /** How a query matched. */
    public enum Kind {
        /** The query is one of the catalog's goals: its recommended projects are the targets. */
        GOAL,
        /** The query names skills (and perhaps several goals): the targets cover those skills. */
        SKILLS,
        /** The query is empty: the catalog's whole route. */
        WHOLE_ROUTE
    }

    public GoalMatch {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(kind, "kind");
        goals = List.copyOf(goals);
        skills = List.copyOf(skills);
        ignored = List.copyOf(ignored);
    }

    /**
     * A skill a goal means and how much it weighs in the goal.
     *
     * @param skill  the skill id
     * @param weight in (0, 1]
     */
    public record WeightedSkill(String skill, double weight) {

        public WeightedSkill {
            Objects.requireNonNull(skill, "skill");
            if (!(weight > 0 && weight <= 1)) {
                throw new IllegalArgumentException("skill weight must be in (0, 1]: " + weight);
            }
        }
    }
}
