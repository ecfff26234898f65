package dev.studypath.engine.model;

import java.util.Objects;

/**
 * A skill and a level of it, 1 (first contact) to 5 (mastery).
 *
 * @param skill the skill id
 * @param level 1..5
 */
public record SkillLevel(String skill, int level) {

    public SkillLevel {
        Objects.requireNonNull(skill, "skill");
        if (level < 1 || level > 5) {
            throw new IllegalArgumentException("skill level must be in 1..5: " + level);
        }
    }
}
