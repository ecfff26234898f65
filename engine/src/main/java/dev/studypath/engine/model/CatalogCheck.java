package dev.studypath.engine.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks uniqueness, references and acyclicity; adds what it finds to {@code problems}. */
record CatalogCheck(List<Skill> skills, List<Project> projects, List<Stage> stages, List<Goal> goals,
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
                    problems.add(Problem.at("/projects/" + i + "/teaches/" + j + "/skill", "catalog.listedTwice",
                            Message.of("kind.skill"), skill));
                }
            }
            Set<String> unknown = null;
            List<Prerequisite> prerequisites = project.prerequisites();
            for (int j = 0; j < prerequisites.size(); j++) {
                String prerequisite = prerequisites.get(j).project();
                Integer u = projectIds.get(prerequisite);
                boolean twice;
                if (u == null) {
                    problems.add(Problem.at("/projects/" + i + "/prerequisites/" + j + "/project", "catalog.unknown",
                            Message.of("kind.project"), prerequisite));
                    unknown = unknown == null ? new HashSet<>() : unknown;
                    twice = !unknown.add(prerequisite);
                    edgeTarget[edgeStart[i] + j] = -1;
                } else {
                    twice = listedBy[u] == i + 1;
                    listedBy[u] = i + 1;
                    edgeTarget[edgeStart[i] + j] = u;
                }
                if (twice) {
                    problems.add(Problem.at("/projects/" + i + "/prerequisites/" + j + "/project",
                            "catalog.listedTwice", Message.of("kind.prerequisite"), prerequisite));
                }
            }
        }
        Map<String, Integer> stageNumbers = new HashMap<>();
        Map<String, Integer> projectStage = new HashMap<>();
        for (int i = 0; i < stages.size(); i++) {
            Stage stage = stages.get(i);
            Integer first = stageNumbers.putIfAbsent(String.valueOf(stage.number()), i);
            if (first != null) {
                problems.add(Problem.at("/stages/" + i + "/number", "catalog.duplicateStage", stage.number(),
                        "/stages/" + first));
            }
            for (int j = 0; j < stage.projects().size(); j++) {
                String project = stage.projects().get(j).project();
                String at = "/stages/" + i + "/projects/" + j + "/project";
                if (reference(projectIds, project, at, "project")) {
                    Integer other = projectStage.putIfAbsent(project, stage.number());
                    if (other != null) {
                        problems.add(Problem.at(at, "catalog.alreadyInStage", project, other));
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
                problems.add(Problem.at("/goals/" + i, "catalog.emptyGoal", goal.id()));
            }
        }
        for (CycleFinder.Cycle cycle : new CycleFinder(projects, projectIds, edgeStart, edgeTarget).cycles()) {
            problems.add(Problem.at("/projects/" + cycle.from() + "/prerequisites/" + cycle.edge() + "/project",
                    "catalog.cycle", String.join(" -> ", cycle.projects())));
        }
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
                problems.add(Problem.at(at + "/" + i + "/id", "catalog.duplicateId", Message.of("kind." + kind),
                        ids.get(i), at + "/" + earlier));
            }
        }
        return first;
    }

    private boolean reference(Map<String, Integer> known, String id, String at, String kind) {
        if (known.containsKey(id)) {
            return true;
        }
        problems.add(Problem.at(at, "catalog.unknown", Message.of("kind." + kind), id));
        return false;
    }
}
