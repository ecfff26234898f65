package dev.studypath.engine;

import dev.studypath.engine.model.Message;
import dev.studypath.engine.model.Stars;
import dev.studypath.engine.model.Text;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Why a project is on a path or among the candidates, or why a part of its score has its value: the
 * kind of reason and its data (ids, names, numbers). {@link #describe(Locale)} renders it in the
 * reader's language.
 */
public sealed interface Reason {

    /** The reason as a message of the engine's bundle. */
    Message message();

    /** The reason in {@code locale}'s language: English or Chinese. */
    default String describe(Locale locale) {
        return message().describe(locale);
    }

    /** On the catalog's route, in stage {@code stage}. */
    record OnRoute(int stage) implements Reason {
        @Override
        public Message message() {
            return Message.of("reason.onRoute", stage);
        }
    }

    /** Not in any stage of the catalog's route. */
    record OffRoute() implements Reason {
        @Override
        public Message message() {
            return Message.of("reason.offRoute");
        }
    }

    /** The catalog's goal {@code goal}, which the learner named, recommends it. */
    record RecommendedFor(String goal, Text goalName) implements Reason {
        public RecommendedFor {
            Objects.requireNonNull(goal, "goal");
            Objects.requireNonNull(goalName, "goalName");
        }

        @Override
        public Message message() {
            return Message.of("reason.recommendedFor", goalName);
        }
    }

    /** The learner named the project itself. */
    record AskedFor() implements Reason {
        @Override
        public Message message() {
            return Message.of("reason.askedFor");
        }
    }

    /** It teaches these skills of the goal beyond the learner's level. */
    record Teaches(List<Taught> skills) implements Reason {
        public Teaches {
            skills = List.copyOf(skills);
        }

        @Override
        public Message message() {
            return Message.of("reason.teaches", skills.stream().map(Taught::message).toList());
        }
    }

    /**
     * A skill a project teaches, to a level.
     *
     * @param skill the skill id
     * @param name  its names
     * @param level the level the project teaches it to
     */
    record Taught(String skill, Text name, int level) {
        public Taught {
            Objects.requireNonNull(skill, "skill");
            Objects.requireNonNull(name, "name");
        }

        Message message() {
            return Message.of("reason.taught", name, level);
        }
    }

    /** It teaches none of the goal's skills beyond what the learner knows. */
    record TeachesNothingNew() implements Reason {
        @Override
        public Message message() {
            return Message.of("reason.teachesNothingNew");
        }
    }

    /** A target of the goal, {@code target}, needs it first. */
    record OnTheWayTo(String target) implements Reason {
        public OnTheWayTo {
            Objects.requireNonNull(target, "target");
        }

        @Override
        public Message message() {
            return Message.of("reason.onTheWayTo", target);
        }
    }

    /** Targets later on the path, {@code targets}, need it first. */
    record NeededBefore(List<String> targets) implements Reason {
        public NeededBefore {
            targets = List.copyOf(targets);
        }

        @Override
        public Message message() {
            return Message.of("reason.neededBefore", targets);
        }
    }

    /**
     * How ready the learner is: its prerequisites, done and not, and its difficulty against their level.
     *
     * @param done       its prerequisites the learner has completed at this point
     * @param missing    its prerequisites still to do
     * @param difficulty its difficulty
     * @param level      the learner's level at this point
     */
    record Readiness(List<String> done, List<String> missing, int difficulty, int level) implements Reason {
        public Readiness {
            done = List.copyOf(done);
            missing = List.copyOf(missing);
        }

        @Override
        public Message message() {
            Message prerequisites = done.isEmpty() && missing.isEmpty() ? Message.of("reason.noPrerequisites")
                    : missing.isEmpty() ? Message.of("reason.after", done) : Message.of("reason.needsFirst", missing);
            int step = difficulty - level;
            Message jump = step <= 0 ? Message.of("reason.difficulty.atOrBelow", difficulty, level)
                    : step == 1 ? Message.of("reason.difficulty.oneAbove", difficulty, level)
                    : step == 2 ? Message.of("reason.difficulty.twoAbove", difficulty, level)
                    : Message.of("reason.difficulty.tooFar", difficulty, level, step);
            return Message.of("reason.readiness", prerequisites, jump);
        }
    }

    /** Its rating out of 5 and its stars ({@link Stars#count()} 0 when unknown). */
    record Rated(int rating, Stars stars) implements Reason {
        public Rated {
            Objects.requireNonNull(stars, "stars");
        }

        @Override
        public Message message() {
            return stars.count() == 0 ? Message.of("reason.rated", rating)
                    : Message.of(stars.atLeast() ? "reason.ratedStarsAtLeast" : "reason.ratedStars", rating,
                    stars.count());
        }
    }

    /**
     * How long it takes the learner: {@code hours} for a catalog that counts hours, else about
     * {@code weeks} at {@code hoursPerWeek}.
     *
     * @param hours        the most likely hours
     * @param weeks        the most likely weeks at the learner's hours a week
     * @param hoursPerWeek the learner's hours a week
     * @param inHours      whether the catalog gives this project's effort in hours
     */
    record Takes(double hours, double weeks, double hoursPerWeek, boolean inHours) implements Reason {
        @Override
        public Message message() {
            return inHours ? Message.of("reason.takesHours", Math.round(hours * 10) / 10.0)
                    : Message.of("reason.takesWeeks", Math.max(1, Math.round(weeks)),
                    Math.round(hoursPerWeek * 10) / 10.0);
        }
    }
}
