package dev.studypath.engine;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a learner has done and can give: completed projects, known skills with a self-rated level,
 * weekly study hours and the highest difficulty they want to face. Ids are checked against the
 * catalog when the profile is used.
 *
 * @param completed     the ids of completed projects
 * @param known         skill id to self-rated level, 0 (never used it) to 5 (expert)
 * @param hoursPerWeek  weekly study hours, 1..80
 * @param maxDifficulty the highest project difficulty to plan, 1..5 (5 means no limit)
 */
public record Profile(Set<String> completed, Map<String, Integer> known, double hoursPerWeek, int maxDifficulty) {

    /** The fewest and most weekly study hours a profile may state. */
    public static final double MIN_HOURS = 1;
    public static final double MAX_HOURS = 80;

    public Profile {
        completed = Set.copyOf(completed);
        known = Map.copyOf(known);
        known.forEach((skill, level) -> {
            if (level < 0 || level > 5) {
                throw new InvalidInputException("known", "input.levelBetween", skill, 0, 5, level);
            }
        });
        if (!(hoursPerWeek >= MIN_HOURS && hoursPerWeek <= MAX_HOURS)) {
            throw new InvalidInputException("hoursPerWeek", "input.between", MIN_HOURS, MAX_HOURS, hoursPerWeek);
        }
        if (maxDifficulty < 1 || maxDifficulty > 5) {
            throw new InvalidInputException("maxDifficulty", "input.between", 1, 5, maxDifficulty);
        }
    }

    /** A learner who has done nothing yet, studying {@code hoursPerWeek} hours a week. */
    public static Profile empty(double hoursPerWeek) {
        return new Profile(Set.of(), Map.of(), hoursPerWeek, 5);
    }

    /** A builder that starts from this profile. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The learner's self-rated level of {@code skill}, 0 when not stated. */
    public int knownLevel(String skill) {
        return known.getOrDefault(skill, 0);
    }

    /** Builds a {@link Profile} step by step; each setter replaces the earlier value. */
    public static final class Builder {

        private final Set<String> completed;
        private final Map<String, Integer> known;
        private double hoursPerWeek;
        private int maxDifficulty;

        private Builder(Profile from) {
            this.completed = new TreeSet<>(from.completed);
            this.known = new TreeMap<>(from.known);
            this.hoursPerWeek = from.hoursPerWeek;
            this.maxDifficulty = from.maxDifficulty;
        }

        /** Adds completed projects. */
        public Builder completed(String... projectIds) {
            for (String id : projectIds) {
                completed.add(Objects.requireNonNull(id, "project id"));
            }
            return this;
        }

        /** Adds completed projects. */
        public Builder completed(Iterable<String> projectIds) {
            projectIds.forEach(this::completed);
            return this;
        }

        /** States a known skill and its level, 0..5. */
        public Builder known(String skillId, int level) {
            known.put(Objects.requireNonNull(skillId, "skill id"), level);
            return this;
        }

        /**
         * Sets a self-rated skill written {@code SKILL=LEVEL} or {@code SKILL:LEVEL} ("async=3"): the one
         * syntax of the command line's {@code --known} and the HTTP API's {@code known}.
         *
         * @throws InvalidInputException (field {@code known}) when {@code entry} is not written so
         */
        public Builder known(String entry) {
            int at = Math.max(entry.lastIndexOf('='), entry.lastIndexOf(':'));
            if (at <= 0 || at == entry.length() - 1) {
                throw new InvalidInputException("known", "input.skillLevel", entry);
            }
            String level = entry.substring(at + 1).strip();
            try {
                return known(entry.substring(0, at).strip(), Integer.parseInt(level));
            } catch (NumberFormatException e) {
                throw new InvalidInputException("known", "input.skillLevelNumber", entry.substring(0, at).strip(),
                        level);
            }
        }

        /** Sets the weekly study hours, 1..80. */
        public Builder hoursPerWeek(double hours) {
            this.hoursPerWeek = hours;
            return this;
        }

        /** Sets the highest difficulty to plan, 1..5. */
        public Builder maxDifficulty(int difficulty) {
            this.maxDifficulty = difficulty;
            return this;
        }

        /** @throws InvalidInputException when a value is out of range */
        public Profile build() {
            return new Profile(completed, known, hoursPerWeek, maxDifficulty);
        }
    }
}
