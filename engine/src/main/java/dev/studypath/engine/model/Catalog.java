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
            problems.add(new Problem("/baselineHoursPerWeek",
                    "must be more than 0 and at most 168 hours, was " + baselineHoursPerWeek));
        }
        new CatalogCheck(List.copyOf(skills), List.copyOf(projects), List.copyOf(stages), List.copyOf(goals),
                problems).run();
        Map<String, Integer> sectionIds = new HashMap<>();
        for (int i = 0; i < sections.size(); i++) {
            String sectionId = sections.get(i).id();
            Integer first = sectionId.isEmpty() ? null : sectionIds.putIfAbsent(sectionId, i);
            if (first != null) {
                problems.add(new Problem("/sections/" + i + "/id", "duplicate section id '" + sectionId
                        + "' (first at /sections/" + first + ")"));
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

    /** Checks uniqueness, references and acyclicity; adds what it finds to {@code problems}. */
    private record CatalogCheck(List<Skill> skills, List<Project> projects, List<Stage> stages, List<Goal> goals,
                                List<Problem> problems) {

        void run() {
            Map<String, Integer> skillIds = unique(skills.stream().map(Skill::id).toList(), "/skills", "skill");
            Map<String, Integer> projectIds = unique(projects.stream().map(Project::id).toList(), "/projects",
                    "project");
            unique(goals.stream().map(Goal::id).toList(), "/goals", "goal");
            // Each prerequisite is looked up once; the cycle search then walks int indexes.
            int[] edgeStart = new int[projects.size() + 1];
            for (int i = 0; i < projects.size(); i++) {
                edgeStart[i + 1] = edgeStart[i] + projects.get(i).prerequisites().size();
            }
            int[] edgeTarget = new int[edgeStart[projects.size()]];
            int[] listedBy = new int[projects.size()];
            for (int i = 0; i < projects.size(); i++) {
                Project project = projects.get(i);
                List<SkillLevel> teaches = project.teaches();
                for (int j = 0; j < teaches.size(); j++) {
                    String skill = teaches.get(j).skill();
                    reference(skillIds, skill, "/projects/" + i + "/teaches/" + j + "/skill", "skill");
                    if (listedBefore(teaches, j, skill)) {
                        problems.add(new Problem("/projects/" + i + "/teaches/" + j + "/skill", "skill '" + skill
                                + "' is listed twice"));
                    }
                }
                Set<String> unknown = null;
                List<Prerequisite> prerequisites = project.prerequisites();
                for (int j = 0; j < prerequisites.size(); j++) {
                    String prerequisite = prerequisites.get(j).project();
                    Integer u = projectIds.get(prerequisite);
                    boolean twice;
                    if (u == null) {
                        problems.add(new Problem("/projects/" + i + "/prerequisites/" + j + "/project",
                                "unknown project '" + prerequisite + "'"));
                        unknown = unknown == null ? new HashSet<>() : unknown;
                        twice = !unknown.add(prerequisite);
                        edgeTarget[edgeStart[i] + j] = -1;
                    } else {
                        twice = listedBy[u] == i + 1;
                        listedBy[u] = i + 1;
                        edgeTarget[edgeStart[i] + j] = u;
                    }
                    if (twice) {
                        problems.add(new Problem("/projects/" + i + "/prerequisites/" + j + "/project",
                                "prerequisite '" + prerequisite + "' is listed twice"));
                    }
                }
            }
            Map<String, Integer> stageNumbers = new HashMap<>();
            Map<String, Integer> projectStage = new HashMap<>();
            for (int i = 0; i < stages.size(); i++) {
                Stage stage = stages.get(i);
                Integer first = stageNumbers.putIfAbsent(String.valueOf(stage.number()), i);
                if (first != null) {
                    problems.add(new Problem("/stages/" + i + "/number", "duplicate stage number " + stage.number()
                            + " (first at /stages/" + first + ")"));
                }
                for (int j = 0; j < stage.projects().size(); j++) {
                    String project = stage.projects().get(j).project();
                    String at = "/stages/" + i + "/projects/" + j + "/project";
                    if (reference(projectIds, project, at, "project")) {
                        Integer other = projectStage.putIfAbsent(project, stage.number());
                        if (other != null) {
                            problems.add(new Problem(at, "project '" + project + "' is already in stage " + other));
                        }
                    }
                }
            }
            for (int i = 0; i < goals.size(); i++) {
                Goal goal = goals.get(i);
                for (int j = 0; j < goal.skills().size(); j++) {
                    reference(skillIds, goal.skills().get(j), "/goals/" + i + "/skills/" + j, "skill");
                }
                for (int j = 0; j < goal.projects().size(); j++) {
                    reference(projectIds, goal.projects().get(j), "/goals/" + i + "/projects/" + j, "project");
                }
                if (goal.skills().isEmpty() && goal.projects().isEmpty()) {
                    problems.add(new Problem("/goals/" + i, "goal '" + goal.id()
                            + "' names no skill and no project"));
                }
            }
            new CycleFinder(projects, projectIds, edgeStart, edgeTarget, problems).run();
        }

        /** Whether a skill equal to {@code skill} comes before position {@code j}. */
        private static boolean listedBefore(List<SkillLevel> teaches, int j, String skill) {
            for (int k = 0; k < j; k++) {
                if (teaches.get(k).skill().equals(skill)) {
                    return true;
                }
            }
            return false;
        }

        private Map<String, Integer> unique(List<String> ids, String at, String kind) {
            Map<String, Integer> first = new HashMap<>();
            for (int i = 0; i < ids.size(); i++) {
                Integer earlier = first.putIfAbsent(ids.get(i), i);
                if (earlier != null) {
                    problems.add(new Problem(at + "/" + i + "/id", "duplicate " + kind + " id '" + ids.get(i)
                            + "' (first at " + at + "/" + earlier + ")"));
                }
            }
            return first;
        }

        private boolean reference(Map<String, Integer> known, String id, String at, String kind) {
            if (known.containsKey(id)) {
                return true;
            }
            problems.add(new Problem(at, "unknown " + kind + " '" + id + "'"));
            return false;
        }
    }

    /**
     * Finds prerequisite cycles with an iterative depth-first search (no recursion, so a chain of
     * 100,000 projects cannot overflow the stack). Reports each cycle once, from the project where the
     * search entered it, in the order "a needs b needs ... needs a".
     */
    private record CycleFinder(List<Project> projects, Map<String, Integer> index, int[] edgeStart, int[] edgeTarget,
                               List<Problem> problems) {

        private static final byte NEW = 0;
        private static final byte ON_STACK = 1;
        private static final byte DONE = 2;

        void run() {
            int n = projects.size();
            byte[] state = new byte[n];
            int[] nextEdge = new int[n];
            int[] stack = new int[n];
            for (int root = 0; root < n; root++) {
                if (state[root] != NEW || !index.get(projects.get(root).id()).equals(root)) {
                    continue;
                }
                int depth = 0;
                stack[depth++] = root;
                state[root] = ON_STACK;
                while (depth > 0) {
                    int node = stack[depth - 1];
                    if (nextEdge[node] == edgeStart[node + 1] - edgeStart[node]) {
                        state[node] = DONE;
                        depth--;
                        continue;
                    }
                    int edge = nextEdge[node]++;
                    int target = edgeTarget[edgeStart[node] + edge];
                    if (target < 0) {
                        continue;
                    }
                    if (state[target] == NEW) {
                        state[target] = ON_STACK;
                        stack[depth++] = target;
                    } else if (state[target] == ON_STACK) {
                        report(stack, depth, target, node, edge);
                    }
                }
            }
        }

        private void report(int[] stack, int depth, int target, int from, int edge) {
            int start = depth - 1;
            while (stack[start] != target) {
                start--;
            }
            StringBuilder cycle = new StringBuilder();
            for (int k = start; k < depth; k++) {
                cycle.append(projects.get(stack[k]).id()).append(" -> ");
            }
            cycle.append(projects.get(target).id());
            problems.add(new Problem("/projects/" + from + "/prerequisites/" + edge + "/project",
                    "prerequisite cycle: " + cycle + " (each needs the next)"));
        }
    }
}
