package dev.studypath.engine;

import dev.studypath.engine.model.SkillLevel;
import dev.studypath.engine.model.Text;
import java.util.List;
import java.util.Objects;

/**
 * What a goal query was understood to mean.
 *
 * @param query     the query as given
 * @param kind      how it matched
 * @param terms     what the words of its wish named, in the order written, with their names
 * @param goals     the catalog goals it named, if any
 * @param projects  the projects it named as targets, if any, in the order named
 * @param skills    the skills it means, each with a weight in (0, 1]; the weights sum to 1
 *                  (empty for the whole route and for projects alone)
 * @param ignored   words of the query that matched nothing and were left out
 * @param completed projects the query says the learner already did ("I already did rustlings",
 *                  "学过 tokio"): the answer counts them as completed
 * @param known     skills the query says the learner knows ("I know basic Rust"), each with the level
 *                  the answer assumes ({@link #STATED_LEVEL} unless the profile says more)
 */
public record GoalMatch(String query, Kind kind, List<Term> terms, List<String> goals, List<String> projects,
                        List<WeightedSkill> skills, List<String> ignored, List<String> completed,
                        List<SkillLevel> known) {

    /** The level of a skill the learner says they know without a number: working knowledge, 3 of 5. */
    public static final int STATED_LEVEL = 3;

    /** How a query matched. */
    public enum Kind {
        /** The query is one of the catalog's goals: its recommended projects are the targets. */
        GOAL,
        /** The query names projects: they are the targets. */
        PROJECTS,
        /** The query names skills (and perhaps several goals): the targets cover those skills. */
        SKILLS,
        /** The query names projects and skills or goals: the named projects and a cover of the skills. */
        MIXED,
        /** The query asks for nothing in particular: the catalog's whole route. */
        WHOLE_ROUTE
    }

    public GoalMatch {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(kind, "kind");
        terms = List.copyOf(terms);
        goals = List.copyOf(goals);
        projects = List.copyOf(projects);
        skills = List.copyOf(skills);
        ignored = List.copyOf(ignored);
        completed = List.copyOf(completed);
        known = List.copyOf(known);
    }

    /** A match of skills only, with nothing stated about the learner: for tests and custom planners. */
    public static GoalMatch ofSkills(String query, List<WeightedSkill> skills) {
        return new GoalMatch(query, Kind.SKILLS, List.of(), List.of(), List.of(), skills, List.of(), List.of(), List.of());
    }

    /**
     * A goal, project or skill that words of a query named.
     *
     * @param type what it is
     * @param id   its id in the catalog
     * @param name its names
     */
    public record Term(Type type, String id, Text name) {

        /** What a term names. */
        public enum Type { GOAL, PROJECT, SKILL }

        public Term {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
        }
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
