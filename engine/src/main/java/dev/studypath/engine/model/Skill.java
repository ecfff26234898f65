package dev.studypath.engine.model;

import java.util.List;
import java.util.Objects;

/**
 * A skill a project teaches and a goal asks for.
 *
 * @param id         a unique id
 * @param name       its names
 * @param aliases    other words for it, in any language ("async", "异步", "async/await")
 * @param tier       its tier in the skill tree
 * @param importance 1..5, how much it matters according to the source
 * @param inferred   whether the catalog infers the skill, its tier and importance rather than taking
 *                   them from the source's skill tree
 */
public record Skill(String id, Text name, List<String> aliases, Tier tier, int importance, boolean inferred) {

    public Skill {
        Ids.require(id, "skill");
        Ids.given(name, "skill name");
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(tier, "tier");
        if (importance < 1 || importance > 5) {
            throw new IllegalArgumentException("skill importance must be in 1..5: " + importance);
        }
    }

    /** A skill taken from the source. */
    public Skill(String id, Text name, List<String> aliases, Tier tier, int importance) {
        this(id, name, aliases, tier, importance, false);
    }
}
