package dev.studypath.engine;

import dev.studypath.engine.model.Message;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Why something a goal asks for is not on its path: the data of an empty or partial answer, for a
 * front end to render in the reader's language with {@link #describe(Locale)}.
 */
public sealed interface Omission {

    /** The omission as a message of the engine's bundle. */
    Message message();

    /** The omission in {@code locale}'s language: English or Chinese. */
    default String describe(Locale locale) {
        return message().describe(locale);
    }

    /**
     * Targets of the goal that the learner completed.
     *
     * @param projects their ids, in the goal's or the route's order (by id where neither has one)
     */
    record Completed(List<String> projects) implements Omission {

        public Completed {
            projects = List.copyOf(projects);
        }

        @Override
        public Message message() {
            return Message.of("omission.completed", projects);
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

        @Override
        public Message message() {
            return includedFrom > difficulty
                    ? Message.of("omission.aboveMaxDifficultyWithPrerequisite", project, difficulty, maxDifficulty,
                    includedFrom)
                    : Message.of("omission.aboveMaxDifficulty", project, difficulty, maxDifficulty, includedFrom);
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

        @Override
        public Message message() {
            return Message.of("omission.nothingNew", project);
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

        @Override
        public Message message() {
            return Message.of("omission.alreadyKnown", skill, level, highestTaught);
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

        @Override
        public Message message() {
            return Message.of("omission.notTaught", skill);
        }
    }
}
