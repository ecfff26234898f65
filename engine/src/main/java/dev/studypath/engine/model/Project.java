package dev.studypath.engine.model;

import java.util.List;
import java.util.Objects;

/**
 * A project to study, with every fact the catalog gives about it.
 *
 * @param id            a unique id
 * @param name          its names
 * @param summary       what it is, in a sentence or two
 * @param repository    where its code lives ("owner/name"), or an empty string
 * @param url           its home page, or an empty string
 * @param stars         its popularity as the source states it ("50,000+" is at least 50000)
 * @param languages     the programming languages it is written in
 * @param level         entry or production
 * @param difficulty    1..5
 * @param rating        the source's recommendation, 1..5
 * @param effort        how long it takes to study
 * @param teaches       the skills it teaches, each with the level it reaches
 * @param prerequisites the projects to complete before it, each with a reason
 * @param focus         what to look at in it ("CLI tools", "performance")
 * @param adopters      who uses it in production
 * @param architecture  its main parts
 * @param features      what makes it worth studying
 * @param advice        the source's advice for studying it
 * @param route         its learning route, week by week, in order
 * @param contributions ways to contribute back
 */
public record Project(
        String id,
        Text name,
        Text summary,
        String repository,
        String url,
        Stars stars,
        List<String> languages,
        Level level,
        int difficulty,
        int rating,
        Effort effort,
        List<SkillLevel> teaches,
        List<Prerequisite> prerequisites,
        List<Text> focus,
        List<Text> adopters,
        List<Text> architecture,
        List<Text> features,
        List<Text> advice,
        List<Milestone> route,
        List<Contribution> contributions) {

    public Project {
        Ids.require(id, "project");
        Ids.given(name, "project name");
        Ids.given(summary, "project summary");
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(stars, "stars");
        languages = List.copyOf(languages);
        Objects.requireNonNull(level, "level");
        if (difficulty < 1 || difficulty > 5) {
            throw new IllegalArgumentException("difficulty must be in 1..5: " + difficulty);
        }
        if (rating < 1 || rating > 5) {
            throw new IllegalArgumentException("rating must be in 1..5: " + rating);
        }
        Objects.requireNonNull(effort, "effort");
        teaches = List.copyOf(teaches);
        prerequisites = List.copyOf(prerequisites);
        focus = List.copyOf(focus);
        adopters = List.copyOf(adopters);
        architecture = List.copyOf(architecture);
        features = List.copyOf(features);
        advice = List.copyOf(advice);
        route = List.copyOf(route);
        contributions = List.copyOf(contributions);
    }

    /**
     * A project with only the facts planning needs; every other list is empty.
     * Handy for catalogs built in code.
     */
    public static Project of(String id, String name, Level level, int difficulty, int rating, Effort effort,
                             List<SkillLevel> teaches, List<Prerequisite> prerequisites) {
        return new Project(id, Text.of(name), Text.of(name), "", "", Stars.UNKNOWN, List.of(), level, difficulty, rating,
                effort, teaches, prerequisites, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
    }

    /** The level this project teaches {@code skill} to, or 0 when it does not teach it. */
    public int teachesLevel(String skill) {
        for (SkillLevel taught : teaches) {
            if (taught.skill().equals(skill)) {
                return taught.level();
            }
        }
        return 0;
    }
}
