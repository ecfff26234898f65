package dev.studypath.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import dev.studypath.engine.GoalMatch.WeightedSkill;
import dev.studypath.engine.model.Catalog;
import dev.studypath.engine.model.Effort;
import dev.studypath.engine.model.Level;
import dev.studypath.engine.model.Prerequisite;
import dev.studypath.engine.model.Project;
import dev.studypath.engine.model.Skill;
import dev.studypath.engine.model.SkillLevel;
import dev.studypath.engine.model.Text;
import dev.studypath.engine.model.Tier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Compares the greedy path with a brute-force search over every prerequisite-closed set of projects
 * on small catalogs: the path must reach the best coverage of the goal's skills there is, and its
 * effort is reported against the least effort that reaches it.
 */
class PathOracleTest {

    private static final List<Double> RATIOS = new ArrayList<>();

    /** A small random catalog (a DAG by construction) and a goal of one to three of its skills. */
    private record Case(Catalog catalog, List<WeightedSkill> goal) {
        @Override
        public String toString() {
            return catalog.projects().stream().map(p -> p.id() + p.teaches() + p.prerequisites().stream()
                    .map(Prerequisite::project).toList() + p.effort().range()).toList() + " goal " + goal;
        }
    }

    private static Gen<Case> cases() {
        return SourceDSL.longs().all().map(seed -> {
            Random random = new Random(seed);
            int skills = 1 + random.nextInt(4);
            List<Skill> skillList = new ArrayList<>();
            for (int s = 0; s < skills; s++) {
                skillList.add(new Skill("k" + s, Text.of("skill " + s), List.of(), Tier.BASIC, 3));
            }
            int n = 1 + random.nextInt(8);
            List<Project> projects = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                List<Prerequisite> prerequisites = new ArrayList<>();
                for (int j = 0; j < i; j++) {
                    if (random.nextInt(4) == 0) {
                        prerequisites.add(new Prerequisite("p" + j, ""));
                    }
                }
                List<SkillLevel> teaches = new ArrayList<>();
                for (int s = 0; s < skills; s++) {
                    if (random.nextInt(3) == 0) {
                        teaches.add(new SkillLevel("k" + s, 1 + random.nextInt(5)));
                    }
                }
                double min = 1 + random.nextInt(6);
                projects.add(Project.of("p" + i, "p" + i, Level.ENTRY, 1 + random.nextInt(5), 1 + random.nextInt(5),
                        Effort.weeks(min, min + random.nextInt(4)), teaches, prerequisites));
            }
            int wanted = 1 + random.nextInt(Math.min(3, skills));
            List<WeightedSkill> goal = new ArrayList<>();
            for (int s = 0; s < wanted; s++) {
                goal.add(new WeightedSkill("k" + s, 1.0 / wanted));
            }
            Catalog catalog = Catalog.of("oracle", Text.of("oracle"), "en", "", 10, skillList, projects, List.of(),
                    List.of(), List.of());
            return new Case(catalog, goal);
        });
    }

    @Test
    void path_reachesTheBestCoverage_andReportsItsEffortAgainstTheOptimum() {
        qt().withFixedSeed(20261126L).withExamples(2000).forAll(cases()).checkAssert(c -> {
            Catalog catalog = c.catalog();
            CatalogIndex index = new CatalogIndex(catalog);
            Learner learner = Learner.of(index, Profile.empty(10));
            PrerequisiteGraph graph = new PrerequisiteGraph(index);
            Planner planner = new Planner(index, graph, new Scorer(index, graph));
            GoalMatch goal = GoalMatch.ofSkills("oracle", c.goal());
            List<String> path = planner.path(goal, learner).projects();
            int n = catalog.projects().size();
            int pathSet = 0;
            for (String id : path) {
                pathSet |= 1 << catalog.indexOf(id);
            }
            double bestCoverage = -1;
            double leastEffort = Double.MAX_VALUE;
            for (int set = 0; set < 1 << n; set++) {
                if (!closed(catalog, set)) {
                    continue;
                }
                double coverage = coverage(catalog, set, c.goal());
                double effort = effort(catalog, learner, set);
                if (coverage > bestCoverage + 1e-9) {
                    bestCoverage = coverage;
                    leastEffort = effort;
                } else if (Math.abs(coverage - bestCoverage) <= 1e-9) {
                    leastEffort = Math.min(leastEffort, effort);
                }
            }
            assertEquals(bestCoverage, coverage(catalog, pathSet, c.goal()), 1e-9, "coverage of " + path);
            double pathEffort = effort(catalog, learner, pathSet);
            synchronized (RATIOS) {
                RATIOS.add(leastEffort == 0 ? 1 : pathEffort / leastEffort);
            }
        });
    }

    private static boolean closed(Catalog catalog, int set) {
        for (int v = 0; v < catalog.projects().size(); v++) {
            if ((set >> v & 1) == 1) {
                for (Prerequisite p : catalog.projects().get(v).prerequisites()) {
                    if ((set >> catalog.indexOf(p.project()) & 1) == 0) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static double coverage(Catalog catalog, int set, List<WeightedSkill> goal) {
        double total = 0;
        for (WeightedSkill wanted : goal) {
            int best = 0;
            for (int v = 0; v < catalog.projects().size(); v++) {
                if ((set >> v & 1) == 1) {
                    best = Math.max(best, catalog.projects().get(v).teachesLevel(wanted.skill()));
                }
            }
            total += wanted.weight() * best;
        }
        return total;
    }

    private static double effort(Catalog catalog, Learner learner, int set) {
        double hours = 0;
        for (int v = 0; v < catalog.projects().size(); v++) {
            if ((set >> v & 1) == 1) {
                hours += learner.likelyHours(v);
            }
        }
        return hours;
    }

    @AfterAll
    static void report() {
        double[] ratios = RATIOS.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (ratios.length > 0) {
            System.out.printf("path effort / optimum effort over %d cases: median %.3f, worst %.3f, optimal in %.1f%%%n",
                    ratios.length, ratios[ratios.length / 2], ratios[ratios.length - 1],
                    100.0 * Arrays.stream(ratios).filter(r -> r <= 1 + 1e-9).count() / ratios.length);
        }
    }
}
