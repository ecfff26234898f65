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
 * @param choose   how many of its projects the route takes ("choose a direction": 1), the first ones
 *                 in its order unless the learner's goal says otherwise; 0 for all of them
 * @param note     what the source adds about the stage beyond its projects ("or another production-level
 *                 project"), or {@link Text#EMPTY}
 */
public record Stage(int number, Text name, Range months, List<StageProject> projects, int choose, Text note) {

    public Stage {
        if (number < 1) {
            throw new IllegalArgumentException("stage number must be >= 1: " + number);
        }
        Ids.given(name, "stage name");
        Objects.requireNonNull(months, "months");
        projects = List.copyOf(projects);
        if (choose < 0 || choose > projects.size()) {
            throw new IllegalArgumentException("stage " + number + " can choose 0 (all) to " + projects.size()
                    + " projects: " + choose);
        }
        Objects.requireNonNull(note, "note");
    }

    /** A stage whose projects are all on the route. */
    public Stage(int number, Text name, Range months, List<StageProject> projects) {
        this(number, name, months, projects, 0, Text.EMPTY);
    }

    /**
     * The projects the whole route takes from this stage: all of them, or the first {@link #choose}
     * in the stage's order.
     */
    public List<StageProject> chosen() {
        return choose == 0 ? projects : projects.subList(0, choose);
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
            Ids.given(outcome, "stage outcome");
        }
    }
}
