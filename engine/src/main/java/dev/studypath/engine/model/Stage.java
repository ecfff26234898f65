package dev.studypath.engine.model;

import java.util.List;
import java.util.Objects;

/**
 * A stage of the catalog's recommended route, such as "entry practice, 1-2 months".
 *
 * @param number   its place in the route, from 1
 * @param name     its names
 * @param months   how long it takes, in months; open-ended for "ongoing"
 * @param projects its projects, in the route's order, each with its outcome
 */
public record Stage(int number, Text name, Range months, List<StageProject> projects) {

    public Stage {
        if (number < 1) {
            throw new IllegalArgumentException("stage number must be >= 1: " + number);
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(months, "months");
        projects = List.copyOf(projects);
    }

    /**
     * A project of a stage.
     *
     * @param project  the project id
     * @param outcome  what the learner masters with it ("master async basics")
     * @param required whether the source says it must be done
     */
    public record StageProject(String project, Text outcome, boolean required) {

        public StageProject {
            Objects.requireNonNull(project, "project");
            Objects.requireNonNull(outcome, "outcome");
        }
    }
}
