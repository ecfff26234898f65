package dev.studypath.engine;

import java.util.List;
import java.util.Objects;

/**
 * Why something a goal asks for is not on its path: the data of an empty or partial answer, for a
 * front end to render in the reader's language.
 */
public sealed interface Omission {

    /**
     * Targets of the goal that the learner completed.
     *
     * @param projects their ids, in the goal's or the route's order (by id where neither has one)
     */
    record Completed(List<String> projects) implements Omission {

        public Completed {
            projects = List.copyOf(projects);
        }
    }

    /**
     * A project the plan would have without the maximum difficulty, left out because it, or a
     * prerequisite it still needs, is above it.
     *
     * @param project       its id
     * @param difficulty    its difficulty
     * @param maxDifficulty the profile's maximum difficulty
     * @param includedFrom  the lowest maximum difficulty that would plan it: the highest difficulty
     *                      of it and the prerequisites it still needs
     */
    record AboveMaxDifficulty(String project, int difficulty, int maxDifficulty, int includedFrom)
            implements Omission {

        public AboveMaxDifficulty {
            Objects.requireNonNull(project, "project");
        }
    }

    /**
     * A target of the goal that teaches none of the goal's skills beyond the learner's level.
     *
     * @param project its id
     */
    record NothingNew(String project) implements Omission {

        public NothingNew {
            Objects.requireNonNull(project, "project");
        }
    }

    /**
     * A skill of the goal that the learner already has at the highest level a project of the
     * catalog teaches.
     *
     * @param skill         the skill id
     * @param level         the learner's level, stated or earned by completed projects
     * @param highestTaught the highest level a project of the catalog teaches
     */
    record AlreadyKnown(String skill, int level, int highestTaught) implements Omission {

        public AlreadyKnown {
            Objects.requireNonNull(skill, "skill");
        }
    }

    /**
     * A skill of the goal that no project of the catalog teaches.
     *
     * @param skill the skill id
     */
    record NotTaught(String skill) implements Omission {

        public NotTaught {
            Objects.requireNonNull(skill, "skill");
        }
    }
}
