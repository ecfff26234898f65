package dev.studypath.engine.plan;

import dev.studypath.engine.Candidate;
import dev.studypath.engine.GoalMatch;
import dev.studypath.engine.GoalMatch.WeightedSkill;
import dev.studypath.engine.LearningPath;
import dev.studypath.engine.Recommendation;
import dev.studypath.engine.Step;
import dev.studypath.engine.model.Catalog;
import dev.studypath.engine.model.Goal;
import dev.studypath.engine.model.Project;
import dev.studypath.engine.model.Range;
import dev.studypath.engine.graph.PrerequisiteGraph;
import dev.studypath.engine.score.Learner;
import dev.studypath.engine.score.Score;
import dev.studypath.engine.score.Scorer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses the target projects for a goal, adds what they need first, and orders the result; ranks
 * what to study next. Internal to the engine; the facade documents the rules.
 */
public final class Planner {

    /** How many targets a prerequisite step names at most. */
    public static final int MAX_REQUIRED_BY = 5;

    private final Catalog catalog;
    private final PrerequisiteGraph graph;
    private final Scorer scorer;
    private final int[] idRank;
    private final int[] stageOf;

    public Planner(Catalog catalog, PrerequisiteGraph graph, Scorer scorer) {
        this.catalog = catalog;
        this.graph = graph;
        this.scorer = scorer;
        int n = catalog.projects().size();
        Integer[] byId = new Integer[n];
        for (int i = 0; i < n; i++) {
            byId[i] = i;
        }
        Arrays.sort(byId, Comparator.comparing(i -> catalog.projects().get(i).id()));
        idRank = new int[n];
        for (int r = 0; r < n; r++) {
            idRank[byId[r]] = r;
        }
        stageOf = new int[n];
        for (int v = 0; v < n; v++) {
            stageOf[v] = catalog.stageOf(catalog.projects().get(v).id()).orElse(Integer.MAX_VALUE);
        }
    }

    /** The targets of a goal and everything they need first, minus what the learner completed. */
    private record Selection(BitSet targets, BitSet members, List<String> uncovered) {
    }

    /** The ordered learning path. */
    public LearningPath path(GoalMatch goal, Learner learner) {
        Selection selection = select(goal, learner);
        BitSet members = selection.members();
        String[] onTheWay = firstTargetNeeding(selection);
        Score[] scores = new Score[graph.size()];
        for (int v = members.nextSetBit(0); v >= 0; v = members.nextSetBit(v + 1)) {
            scores[v] = scorer.score(v, goal, learner, onTheWay[v]);
        }
        Integer[] sorted = members.stream().boxed().toArray(Integer[]::new);
        Arrays.sort(sorted, Comparator.<Integer>comparingInt(v -> stageOf[v])
                .thenComparingInt(v -> catalog.projects().get(v).difficulty())
                .thenComparing(v -> -scores[v].value())
                .thenComparingInt(v -> idRank[v]));
        int[] rank = new int[graph.size()];
        for (int r = 0; r < sorted.length; r++) {
            rank[sorted[r]] = r;
        }
        int[] order = graph.order(members, rank);
        int[] position = new int[graph.size()];
        for (int p = 0; p < order.length; p++) {
            position[order[p]] = p;
        }
        List<List<Integer>> requiredBy = requiredBy(selection, order, position);
        List<Step> steps = new ArrayList<>(order.length);
        double minHours = 0;
        double maxHours = 0;
        BitSet doneBefore = (BitSet) learner.completed().clone();
        int level = learner.level();
        for (int p = 0; p < order.length; p++) {
            int v = order[p];
            Project project = catalog.projects().get(v);
            boolean target = selection.targets().get(v);
            List<String> needers = requiredBy.get(p).stream().map(t -> catalog.projects().get(t).id()).toList();
            Score atStep = scorer.score(v, goal, learner, needers.isEmpty() ? "" : needers.get(0), doneBefore, level);
            List<String> reasons = new ArrayList<>();
            if (!target && !needers.isEmpty() && atStep.components().get(0).value() > Scorer.ON_THE_WAY_RELEVANCE) {
                reasons.add("needed before " + join(needers));
            }
            reasons.addAll(atStep.reasons());
            steps.add(new Step(p + 1, project.id(), project.name(), stageOf[v] == Integer.MAX_VALUE ? 0 : stageOf[v],
                    project.difficulty(), project.effort(), target ? Step.Role.TARGET : Step.Role.PREREQUISITE,
                    target ? List.of() : needers, atStep.value(), reasons));
            doneBefore.set(v);
            level = Math.max(level, project.difficulty());
            Range hours = learner.hours(project);
            minHours += hours.min();
            maxHours += hours.max();
        }
        double perWeek = learner.profile().hoursPerWeek();
        return new LearningPath(goal, steps, selection.uncovered(), new Range(minHours / perWeek, maxHours / perWeek));
    }

    /** The best projects the learner can start now, best first, equal scores by id. */
    public Recommendation next(GoalMatch goal, Learner learner, int limit) {
        Selection selection = select(goal, learner);
        String[] onTheWay = firstTargetNeeding(selection);
        BitSet done = learner.completed();
        List<Candidate> candidates = new ArrayList<>();
        int maxDifficulty = learner.profile().maxDifficulty();
        for (int v = 0; v < graph.size(); v++) {
            Project project = catalog.projects().get(v);
            if (done.get(v) || project.difficulty() > maxDifficulty || !graph.ready(v, done)) {
                continue;
            }
            Score score = scorer.score(v, goal, learner, onTheWay[v]);
            if (selection.members().get(v) || score.components().get(0).value() > 0) {
                candidates.add(new Candidate(project.id(), project.name(), score.value(), score.components(),
                        score.reasons()));
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparingInt(c -> idRank[catalog.indexOf(c.project())]));
        return new Recommendation(goal, candidates.subList(0, Math.min(limit, candidates.size())));
    }

    private Selection select(GoalMatch goal, Learner learner) {
        BitSet done = learner.completed();
        BitSet eligible = eligible(learner);
        BitSet targets = new BitSet(graph.size());
        List<String> uncovered = new ArrayList<>();
        switch (goal.kind()) {
            case WHOLE_ROUTE -> {
                boolean staged = !catalog.stages().isEmpty();
                for (int v = 0; v < graph.size(); v++) {
                    if (eligible.get(v) && (!staged || catalog.stageOf(catalog.projects().get(v).id()).isPresent())) {
                        targets.set(v);
                    }
                }
            }
            case GOAL -> {
                Goal named = catalog.goal(goal.goals().get(0)).orElseThrow();
                for (String id : named.projects()) {
                    int v = catalog.indexOf(id);
                    if (eligible.get(v)) {
                        targets.set(v);
                    }
                }
                if (named.projects().isEmpty()) {
                    targets = cover(goal, learner, eligible);
                }
            }
            default -> targets = cover(goal, learner, eligible);
        }
        targets.andNot(done);
        BitSet members = graph.closure(targets, done);
        BitSet taught = (BitSet) members.clone();
        taught.or(done);
        for (WeightedSkill wanted : goal.skills()) {
            boolean covered = taught.stream().anyMatch(v -> catalog.projects().get(v).teachesLevel(wanted.skill()) > 0);
            if (!covered && learner.skillLevel(wanted.skill()) == 0) {
                uncovered.add(wanted.skill());
            }
        }
        return new Selection(targets, members, uncovered);
    }

    /**
     * The projects the learner may be planned: not above their maximum difficulty, and needing
     * nothing above it either.
     */
    private BitSet eligible(Learner learner) {
        int max = learner.profile().maxDifficulty();
        BitSet eligible = new BitSet(graph.size());
        BitSet done = learner.completed();
        if (max >= 5) {
            eligible.set(0, graph.size());
            return eligible;
        }
        BitSet all = new BitSet(graph.size());
        all.set(0, graph.size());
        for (int v : graph.order(all, idRank)) {
            boolean ok = done.get(v) || catalog.projects().get(v).difficulty() <= max;
            for (int u : graph.prerequisitesOf(v)) {
                ok &= done.get(u) || eligible.get(u);
            }
            if (ok) {
                eligible.set(v);
            }
        }
        return eligible;
    }

    /**
     * Greedy weighted set cover: repeatedly takes the project whose new skill levels, weighted by
     * the goal, are largest per hour of the effort it adds (itself and its unmet prerequisites),
     * until no project adds anything; ties go to the lower difficulty, the higher score, the id.
     */
    private BitSet cover(GoalMatch goal, Learner learner, BitSet eligible) {
        List<WeightedSkill> wanted = goal.skills();
        int[] level = new int[wanted.size()];
        for (int s = 0; s < level.length; s++) {
            level[s] = learner.skillLevel(wanted.get(s).skill());
        }
        BitSet done = learner.completed();
        BitSet chosen = new BitSet(graph.size());
        BitSet included = (BitSet) done.clone();
        List<Integer> picked = new ArrayList<>();
        while (true) {
            int best = -1;
            double bestRatio = 0;
            double bestScore = 0;
            for (int v = eligible.nextSetBit(0); v >= 0; v = eligible.nextSetBit(v + 1)) {
                if (included.get(v)) {
                    continue;
                }
                double gain = gain(catalog.projects().get(v), wanted, level);
                if (gain <= 0) {
                    continue;
                }
                BitSet single = new BitSet();
                single.set(v);
                BitSet adds = graph.closure(single, included);
                double cost = 0;
                for (int u = adds.nextSetBit(0); u >= 0; u = adds.nextSetBit(u + 1)) {
                    cost += learner.likelyHours(catalog.projects().get(u));
                }
                double ratio = gain / Math.max(cost, 1e-9);
                if (best < 0 || ratio > bestRatio || ratio == bestRatio && preferred(v, best, goal, learner)) {
                    best = v;
                    bestRatio = ratio;
                }
            }
            if (best < 0) {
                return withoutRedundant(chosen, picked, wanted, learner);
            }
            chosen.set(best);
            picked.add(best);
            BitSet single = new BitSet();
            single.set(best);
            BitSet adds = graph.closure(single, included);
            for (int u = adds.nextSetBit(0); u >= 0; u = adds.nextSetBit(u + 1)) {
                Project project = catalog.projects().get(u);
                for (int s = 0; s < level.length; s++) {
                    level[s] = Math.max(level[s], project.teachesLevel(wanted.get(s).skill()));
                }
            }
            included.or(adds);
        }
    }

    /**
     * Drops, latest pick first, every target whose skills the other targets and their prerequisites
     * already reach: a greedy pick can be made redundant by later ones.
     */
    private BitSet withoutRedundant(BitSet chosen, List<Integer> picked, List<WeightedSkill> wanted,
                                    Learner learner) {
        double full = reached(chosen, wanted, learner);
        for (int i = picked.size() - 1; i >= 0; i--) {
            int target = picked.get(i);
            chosen.clear(target);
            if (reached(chosen, wanted, learner) < full - 1e-9) {
                chosen.set(target);
            }
        }
        return chosen;
    }

    /** The weighted skill levels that the targets, their prerequisites and the completed projects reach. */
    private double reached(BitSet targets, List<WeightedSkill> wanted, Learner learner) {
        BitSet all = graph.closure(targets, learner.completed());
        all.or(learner.completed());
        double total = 0;
        for (WeightedSkill skill : wanted) {
            int level = learner.skillLevel(skill.skill());
            for (int v = all.nextSetBit(0); v >= 0; v = all.nextSetBit(v + 1)) {
                level = Math.max(level, catalog.projects().get(v).teachesLevel(skill.skill()));
            }
            total += skill.weight() * level;
        }
        return total;
    }

    private static double gain(Project project, List<WeightedSkill> wanted, int[] level) {
        double gain = 0;
        for (int s = 0; s < level.length; s++) {
            int gives = project.teachesLevel(wanted.get(s).skill());
            if (gives > level[s]) {
                gain += wanted.get(s).weight() * (gives - level[s]);
            }
        }
        return gain;
    }

    private boolean preferred(int v, int other, GoalMatch goal, Learner learner) {
        int dv = catalog.projects().get(v).difficulty();
        int dw = catalog.projects().get(other).difficulty();
        if (dv != dw) {
            return dv < dw;
        }
        double sv = scorer.score(v, goal, learner, "").value();
        double sw = scorer.score(other, goal, learner, "").value();
        if (sv != sw) {
            return sv > sw;
        }
        return idRank[v] < idRank[other];
    }

    /**
     * For each member that is not a target, the id of a target that needs it ("" otherwise): the
     * first by id. One walk per target in id order, each stopping at what an earlier one reached,
     * so O(V + E) in all.
     */
    private String[] firstTargetNeeding(Selection selection) {
        String[] names = new String[graph.size()];
        Arrays.fill(names, "");
        BitSet reached = new BitSet(graph.size());
        int[] targets = selection.targets().stream().boxed()
                .sorted(Comparator.comparingInt(t -> idRank[t])).mapToInt(Integer::intValue).toArray();
        for (int t : targets) {
            BitSet single = new BitSet();
            single.set(t);
            BitSet needs = graph.closure(single, reached);
            needs.and(selection.members());
            String id = catalog.projects().get(t).id();
            for (int u = needs.nextSetBit(0); u >= 0; u = needs.nextSetBit(u + 1)) {
                if (!selection.targets().get(u)) {
                    names[u] = id;
                }
            }
            reached.or(needs);
        }
        return names;
    }

    /**
     * For each path position, up to {@link #MAX_REQUIRED_BY} targets that need the project there,
     * earliest first: walks the path backwards, merging each project's needers into its prerequisites'.
     */
    private List<List<Integer>> requiredBy(Selection selection, int[] order, int[] position) {
        int[][] needers = new int[graph.size()][];
        List<List<Integer>> result = new ArrayList<>(order.length);
        for (int p = 0; p < order.length; p++) {
            result.add(List.of());
        }
        for (int p = order.length - 1; p >= 0; p--) {
            int v = order[p];
            int[] mine = needers[v] == null ? new int[0] : needers[v];
            List<Integer> list = new ArrayList<>(mine.length);
            for (int t : mine) {
                list.add(t);
            }
            result.set(p, list);
            int[] passOn = selection.targets().get(v) ? merge(mine, new int[] {v}, position) : mine;
            for (int u : graph.prerequisitesOf(v)) {
                if (selection.members().get(u)) {
                    needers[u] = needers[u] == null ? passOn : merge(needers[u], passOn, position);
                }
            }
        }
        return result;
    }

    private static int[] merge(int[] a, int[] b, int[] position) {
        return java.util.stream.IntStream.concat(Arrays.stream(a), Arrays.stream(b)).distinct().boxed()
                .sorted(Comparator.comparingInt(t -> position[t])).limit(MAX_REQUIRED_BY)
                .mapToInt(Integer::intValue).toArray();
    }

    private static String join(List<String> ids) {
        if (ids.size() <= 1) {
            return String.join("", ids);
        }
        return String.join(", ", ids.subList(0, ids.size() - 1)) + " and " + ids.get(ids.size() - 1);
    }
}
