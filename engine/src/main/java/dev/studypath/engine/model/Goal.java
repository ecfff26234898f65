package dev.studypath.engine.model;

import java.util.List;

/**
 * A learning goal named by the source ("if you want to learn async programming").
 *
 * @param id         a unique id
 * @param name       its names
 * @param aliases    other words for it, in any language
 * @param skills     the ids of the skills the goal means
 * @param projects   the ids of the projects the source recommends for it, in its order
 * @param difficulty 1..5, the source's difficulty for the goal
 */
public record Goal(String id, Text name, List<String> aliases, List<String> skills, List<String> projects,
                   int difficulty) {

    public Goal {
        Ids.require(id, "goal");
        Ids.given(name, "goal name");
        aliases = List.copyOf(aliases);
        skills = List.copyOf(skills);
        projects = List.copyOf(projects);
        if (difficulty < 1 || difficulty > 5) {
            throw new IllegalArgumentException("goal difficulty must be in 1..5: " + difficulty);
        }
    }
}
