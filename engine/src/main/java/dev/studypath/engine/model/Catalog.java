package dev.studypath.engine.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A study catalog: projects with their prerequisites, the skills they teach, the stages of the
 * recommended route and the goals a learner may name. Immutable; look-ups by id take O(1).
 *
 * <p>A {@code Catalog} is always valid: ids are unique, every reference names something in the
 * catalog, and the prerequisites form no cycle. {@link #of} checks all of it and reports every
 * problem at once.
 */
public final class Catalog {

    private final String id;
    private final Text title;
    private final String language;
    private final String source;
    private final double baselineHoursPerWeek;
    private final List<Skill> skills;
    private final List<Project> projects;
    private final List<Stage> stages;
    private final List<Goal> goals;
    private final List<Section> sections;
    private final Map<String, Skill> skillsById;
    private final Map<String, Integer> projectIndex;
    private final Map<String, Goal> goalsById;
    private final Map<String, Integer> stageOfProject;

    private Catalog(String id, Text title, String language, String source, double baselineHoursPerWeek,
                    List<Skill> skills, List<Project> projects, List<Stage> stages, List<Goal> goals,
                    List<Section> sections) {
        this.id = id;
        this.title = title;
        this.language = language;
        this.source = source;
        this.baselineHoursPerWeek = baselineHoursPerWeek;
        this.skills = skills;
        this.projects = projects;
        this.stages = stages;
        this.goals = goals;
        this.sections = sections;
        Map<String, Skill> skillMap = new HashMap<>();
        skills.forEach(skill -> skillMap.put(skill.id(), skill));
        this.skillsById = Map.copyOf(skillMap);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < projects.size(); i++) {
            index.put(projects.get(i).id(), i);
        }
        this.projectIndex = Map.copyOf(index);
        Map<String, Goal> goalMap = new HashMap<>();
        goals.forEach(goal -> goalMap.put(goal.id(), goal));
        this.goalsById = Map.copyOf(goalMap);
        Map<String, Integer> stageMap = new HashMap<>();
        stages.forEach(stage -> stage.projects().forEach(p -> stageMap.put(p.project(), stage.number())));
        this.stageOfProject = Map.copyOf(stageMap);
    }

    /**
     * Checks and builds a catalog.
     *
     * @param id                   a unique id for the catalog
     * @param title                its title
     * @param language             the language of the source material (a BCP 47 tag such as "zh")
     * @param source               where the facts come from, with its licence where it has one
     * @param baselineHoursPerWeek the weekly study hours that a week of the catalog's estimates
     *                             assumes, in (0, 168]
     * @throws InvalidCatalogException with every problem found, each located by a JSON pointer
     *                                 into the catalog's JSON form
     */
    public static Catalog of(String id, Text title, String language, String source, double baselineHoursPerWeek,
                             List<Skill> skills, List<Project> projects, List<Stage> stages, List<Goal> goals,
                             List<Section> sections) {
        Ids.require(id, "catalog");
        Ids.given(title, "catalog title");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(source, "source");
        List<Problem> problems = new ArrayList<>();
        if (!(baselineHoursPerWeek > 0 && baselineHoursPerWeek <= 168)) {
            problems.add(Problem.at("/baselineHoursPerWeek", "catalog.baselineHours", baselineHoursPerWeek));
        }
        new CatalogCheck(List.copyOf(skills), List.copyOf(projects), List.copyOf(stages), List.copyOf(goals),
                problems).run();
        Map<String, Integer> sectionIds = new HashMap<>();
        for (int i = 0; i < sections.size(); i++) {
            String sectionId = sections.get(i).id();
            Integer first = sectionId.isEmpty() ? null : sectionIds.putIfAbsent(sectionId, i);
            if (first != null) {
                problems.add(Problem.at("/sections/" + i + "/id", "catalog.duplicateId", Message.of("kind.section"),
                        sectionId, "/sections/" + first));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCatalogException(problems);
        }
        return new Catalog(id, title, language, source, baselineHoursPerWeek, List.copyOf(skills),
                List.copyOf(projects), List.copyOf(stages), List.copyOf(goals), List.copyOf(sections));
    }

    public String id() {
        return id;
    }

    public Text title() {
        return title;
    }

    /** The language of the source material, such as "zh". */
    public String language() {
        return language;
    }

    /** Where the facts come from. */
    public String source() {
        return source;
    }

    /** The weekly study hours that one week of the catalog's estimates assumes. */
    public double baselineHoursPerWeek() {
        return baselineHoursPerWeek;
    }

    /** The skills, in catalog order. */
    public List<Skill> skills() {
        return skills;
    }

    /** The projects, in catalog order. */
    public List<Project> projects() {
        return projects;
    }

    /** The stages of the recommended route, in catalog order. */
    public List<Stage> stages() {
        return stages;
    }

    /** The goals, in catalog order. */
    public List<Goal> goals() {
        return goals;
    }

    /** Guidance that belongs to no single project. */
    public List<Section> sections() {
        return sections;
    }

    /** The section with this id. */
    public Optional<Section> section(String sectionId) {
        return sectionId.isEmpty() ? Optional.empty()
                : sections.stream().filter(section -> section.id().equals(sectionId)).findFirst();
    }

    /** The project with this id. */
    public Optional<Project> project(String projectId) {
        Integer index = projectIndex.get(projectId);
        return index == null ? Optional.empty() : Optional.of(projects.get(index));
    }

    /** The position of the project with this id in {@link #projects()}, or -1. */
    public int indexOf(String projectId) {
        return projectIndex.getOrDefault(projectId, -1);
    }

    /** The skill with this id. */
    public Optional<Skill> skill(String skillId) {
        return Optional.ofNullable(skillsById.get(skillId));
    }

    /** The goal with this id. */
    public Optional<Goal> goal(String goalId) {
        return Optional.ofNullable(goalsById.get(goalId));
    }

    /** The number of the stage the project belongs to, if any. */
    public OptionalInt stageOf(String projectId) {
        Integer stage = stageOfProject.get(projectId);
        return stage == null ? OptionalInt.empty() : OptionalInt.of(stage);
    }

    /** The number of prerequisite edges. */
    public int prerequisiteCount() {
        int count = 0;
        for (Project project : projects) {
            count += project.prerequisites().size();
        }
        return count;
    }

    @Override
    public String toString() {
        return "Catalog[" + id + ", " + projects.size() + " projects]";
    }
}
