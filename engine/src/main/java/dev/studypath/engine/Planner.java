package dev.studypath.engine;

import dev.studypath.engine.GoalMatch.WeightedSkill;
import dev.studypath.engine.model.Catalog;
import dev.studypath.engine.model.Goal;
import dev.studypath.engine.model.Project;
import dev.studypath.engine.model.Range;
import dev.studypath.engine.model.Stage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses the target projects for a goal, adds what they need first, and orders the result; ranks
 * what to study next. The facade documents the rules.
 */
final class Planner {

    /** How many targets a prerequisite step names at most. */
    static final int MAX_REQUIRED_BY = 5;

    private final Catalog catalog;
    private final PrerequisiteGraph graph;
    private final Scorer scorer;
    private final int[] stageOf;

    Planner(Catalog catalog, PrerequisiteGraph graph, Scorer scorer) {
        this.catalog = catalog;
        this.graph = graph;
        this.scorer = scorer;
        int n = catalog.projects().size();
        stageOf = new int[n];
        for (int v = 0; v < n; v++) {
            stageOf[v] = catalog.stageOf(catalog.projects().get(v).id()).orElse(Integer.MAX_VALUE);
        }
    }

    /** The targets of a goal and everything they need first, minus what the learner completed. */
    private record Selection(BitSet targets, PrerequisiteGraph.Closure closure, BitSet members,
                             List<String> uncovered, List<Omission> omitted) {
    }

    /**
     * The ordered learning path. Plans on int indexes and bit sets in O((V + E) log V) over the
     * selected projects; each step's texts are made when the step is first read.
     */
    LearningPath path(GoalMatch goal, Learner learner) {
        Selection selection = select(goal, learner);
        BitSet members = selection.members();
        Scorer.Query query = scorer.query(goal, learner);
        double[] scores = new double[graph.size()];
        // Every member that is not a target is on the way to one (firstTargetNeeding names which).
        for (int v = members.nextSetBit(0); v >= 0; v = members.nextSetBit(v + 1)) {
            scores[v] = query.value(v, !selection.targets().get(v));
        }
        int[] order = graph.order(selection.closure(), scores);
        // Summed in path order, so that the catalog's order of projects cannot change the rounding.
        double minHours = 0;
        double maxHours = 0;
        for (int v : order) {
            minHours += scorer.minHours(v, learner);
            maxHours += scorer.maxHours(v, learner);
        }
        StepMaker maker = new StepMaker(selection, order, learner.level(), query, learner.completed());
        double perWeek = learner.profile().hoursPerWeek();
        return new LearningPath(goal, new PathSteps(order.length, p -> catalog.projects().get(order[p]).id(),
                maker::step), selection.uncovered(), new Range(minHours / perWeek, maxHours / perWeek),
                selection.omitted());
    }

    /**
     * Makes the steps of one planned path. Works out, once and when first asked, each project's
     * position, the learner's level before it and the targets that need it.
     */
    private final class StepMaker {

        private final Selection selection;
        private final int[] order;
        private final int startLevel;
        private final Scorer.Query query;
        private final BitSet completed;
        private int[] position;
        private int[] levelBefore;
        private int[][] requiredBy;

        StepMaker(Selection selection, int[] order, int startLevel, Scorer.Query query, BitSet completed) {
            this.selection = selection;
            this.order = order;
            this.startLevel = startLevel;
            this.query = query;
            this.completed = completed;
        }

        private synchronized void prepare() {
            if (requiredBy != null) {
                return;
            }
            int[] at = new int[graph.size()];
            int[] levels = new int[order.length];
            int level = startLevel;
            for (int p = 0; p < order.length; p++) {
                at[order[p]] = p;
                levels[p] = level;
                level = Math.max(level, catalog.projects().get(order[p]).difficulty());
            }
            position = at;
            levelBefore = levels;
            requiredBy = Planner.this.requiredBy(selection, order, at);
        }

        /** The step at path position {@code p}, with the projects before it done. */
        Step step(int p) {
            prepare();
            int v = order[p];
            Project project = catalog.projects().get(v);
            boolean target = selection.targets().get(v);
            List<String> needers = ids(requiredBy[p]);
            BitSet members = selection.members();
            Score atStep = query.score(v, needers.isEmpty() ? "" : needers.get(0),
                    u -> completed.get(u) || members.get(u) && position[u] < p, levelBefore[p]);
            List<Reason> reasons = new ArrayList<>(5);
            if (!target && !needers.isEmpty() && atStep.components().get(0).value() > Scorer.ON_THE_WAY_RELEVANCE) {
                reasons.add(new Reason.NeededBefore(needers));
            }
            reasons.addAll(atStep.reasons());
            return new Step(p + 1, project.id(), project.name(), stageOf[v] == Integer.MAX_VALUE ? 0 : stageOf[v],
                    project.difficulty(), project.effort(), target ? Step.Role.TARGET : Step.Role.PREREQUISITE,
                    target ? List.of() : needers, atStep.value(), reasons);
        }
    }

    private List<String> ids(int[] projects) {
        String[] ids = new String[projects.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = catalog.projects().get(projects[i]).id();
        }
        return List.of(ids);
    }

    /** The best projects the learner can start now, best first, equal scores by id. */
    Recommendation next(GoalMatch goal, Learner learner, int limit) {
        Selection selection = select(goal, learner);
        int[] onTheWay = firstTargetNeeding(selection);
        Scorer.Query query = scorer.query(goal, learner);
        BitSet done = learner.completed();
        List<Candidate> candidates = new ArrayList<>();
        int maxDifficulty = learner.profile().maxDifficulty();
        for (int v = 0; v < graph.size(); v++) {
            Project project = catalog.projects().get(v);
            if (done.get(v) || project.difficulty() > maxDifficulty || !graph.ready(v, done)) {
                continue;
            }
            Score score = query.score(v, onTheWay[v] < 0 ? "" : catalog.projects().get(onTheWay[v]).id(), done,
                    learner.level());
            if (selection.members().get(v) || score.components().get(0).value() > 0) {
                candidates.add(new Candidate(project.id(), project.name(), score.value(), score.components(),
                        score.reasons()));
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparingInt(c -> graph.idRank(catalog.indexOf(c.project()))));
        List<Recommendation.Waiting> waiting = new ArrayList<>();
        int waitingTotal = 0;
        for (int v : graph.order(selection.members())) {
            if (done.get(v) || graph.ready(v, done)) {
                continue;
            }
            if (waitingTotal++ < Recommendation.MAX_WAITING) {
                List<String> after = new ArrayList<>();
                for (int i = 0; i < graph.prerequisiteCount(v); i++) {
                    int u = graph.prerequisite(v, i);
                    if (!done.get(u)) {
                        after.add(catalog.projects().get(u).id());
                    }
                }
                after.sort(null);
                waiting.add(new Recommendation.Waiting(catalog.projects().get(v).id(), after));
            }
        }
        return new Recommendation(goal, candidates.subList(0, Math.min(limit, candidates.size())), waiting,
                waitingTotal, selection.omitted());
    }

    /**
     * The projects the whole route takes from {@code stage}: all of them ({@code every}, or a stage
     * without a choice), or, for a stage that says "one of these" ({@link Stage#choose()}), as many as it
     * says, the completed ones first (the learner has chosen them), then the first others in its order.
     */
    private void routeTargets(Stage stage, boolean every, BitSet done, BitSet allowed, BitSet targets) {
        int wanted = every || stage.choose() == 0 ? stage.projects().size() : stage.choose();
        for (Stage.StageProject member : stage.projects()) {
            if (wanted > 0 && done.get(catalog.indexOf(member.project()))) {
                wanted--;
            }
        }
        for (Stage.StageProject member : stage.projects()) {
            int v = catalog.indexOf(member.project());
            if (wanted > 0 && !done.get(v) && allowed.get(v)) {
                targets.set(v);
                wanted--;
            }
        }
    }

    private Selection select(GoalMatch goal, Learner learner) {
        BitSet done = learner.completed();
        BitSet eligible = eligible(learner);
        List<Omission> omitted = new ArrayList<>();
        BitSet targets = targets(goal, learner, eligible, omitted);
        if (learner.profile().maxDifficulty() < 5) {
            BitSet everything = new BitSet(graph.size());
            everything.set(0, graph.size());
            BitSet uncapped = targets(goal, learner, everything, new ArrayList<>());
            uncapped.andNot(eligible);
            uncapped.andNot(done);
            for (int v : graph.order(uncapped)) {
                omitted.add(aboveCap(v, learner));
            }
        }
        PrerequisiteGraph.Closure closure = graph.closure(targets, done);
        BitSet members = closure.members();
        BitSet taught = (BitSet) members.clone();
        taught.or(done);
        List<String> uncovered = new ArrayList<>();
        for (WeightedSkill wanted : goal.skills()) {
            String skill = wanted.skill();
            int have = learner.skillLevel(skill);
            int highest = scorer.highestTaught(skill);
            if (highest == 0) {
                omitted.add(new Omission.NotTaught(skill));
            } else if (have >= highest) {
                omitted.add(new Omission.AlreadyKnown(skill, have, highest));
            }
            if (have == 0 && !scorer.taughtIn(skill, taught)) {
                uncovered.add(skill);
            }
        }
        return new Selection(targets, closure, members, uncovered, omitted);
    }

    /**
     * The targets of a goal among the {@code allowed} projects, without the completed ones; adds to
     * {@code omitted} the targets left out because they are completed or teach nothing new.
     */
    private BitSet targets(GoalMatch goal, Learner learner, BitSet allowed, List<Omission> omitted) {
        BitSet done = learner.completed();
        BitSet targets = new BitSet(graph.size());
        List<String> completed = new ArrayList<>();
        switch (goal.kind()) {
            case WHOLE_ROUTE -> {
                if (catalog.stages().isEmpty()) {
                    for (int r = 0; r < graph.size(); r++) {
                        named(graph.byIdRank(r), allowed, done, targets, completed);
                    }
                } else {
                    boolean every = goal.query().strip().equals(Studypath.EVERY_PROJECT);
                    for (Stage stage : catalog.stages()) {
                        routeTargets(stage, every, done, allowed, targets);
                        stage.projects().stream().map(Stage.StageProject::project)
                                .filter(id -> done.get(catalog.indexOf(id))).forEach(completed::add);
                    }
                }
            }
            case GOAL -> {
                Goal named = catalog.goal(goal.goals().get(0)).orElseThrow();
                if (named.projects().isEmpty()) {
                    targets = cover(goal, learner, allowed, done);
                }
                for (String id : named.projects()) {
                    int v = catalog.indexOf(id);
                    if (!done.get(v) && teachesNothingNew(v, goal, learner)) {
                        omitted.add(new Omission.NothingNew(id));
                    } else {
                        named(v, allowed, done, targets, completed);
                    }
                }
            }
            case PROJECTS, MIXED -> {
                for (String id : goal.projects()) {
                    named(catalog.indexOf(id), allowed, done, targets, completed);
                }
                if (goal.kind() == GoalMatch.Kind.MIXED) {
                    BitSet included = graph.closure(targets, done).members();
                    included.or(done);
                    targets.or(cover(goal, learner, allowed, included));
                }
            }
            case SKILLS -> targets = cover(goal, learner, allowed, done);
        }
        if (!completed.isEmpty()) {
            omitted.add(new Omission.Completed(completed));
        }
        return targets;
    }

    /** Makes {@code v} a target when it is allowed and not completed; notes it when completed. */
    private void named(int v, BitSet allowed, BitSet done, BitSet targets, List<String> completed) {
        if (done.get(v)) {
            completed.add(catalog.projects().get(v).id());
        } else if (allowed.get(v)) {
            targets.set(v);
        }
    }

    /**
     * Whether a goal's project teaches some of the goal's skills, and none beyond the learner's level:
     * an expert is not sent through it for that goal.
     */
    private boolean teachesNothingNew(int v, GoalMatch goal, Learner learner) {
        Project project = catalog.projects().get(v);
        boolean teachesAny = false;
        for (WeightedSkill wanted : goal.skills()) {
            int gives = project.teachesLevel(wanted.skill());
            teachesAny |= gives > 0;
            if (gives > learner.skillLevel(wanted.skill())) {
                return false;
            }
        }
        return teachesAny;
    }

    /** Why the project at {@code v} is left out under the maximum difficulty. */
    private Omission aboveCap(int v, Learner learner) {
        BitSet single = new BitSet(graph.size());
        single.set(v);
        BitSet needs = graph.closure(single, learner.completed()).members();
        int from = 1;
        for (int u = needs.nextSetBit(0); u >= 0; u = needs.nextSetBit(u + 1)) {
            from = Math.max(from, catalog.projects().get(u).difficulty());
        }
        Project project = catalog.projects().get(v);
        return new Omission.AboveMaxDifficulty(project.id(), project.difficulty(), learner.profile().maxDifficulty(),
                from);
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
        for (int v : graph.order(all)) {
            boolean ok = done.get(v) || catalog.projects().get(v).difficulty() <= max;
            for (int i = 0; i < graph.prerequisiteCount(v); i++) {
                int u = graph.prerequisite(v, i);
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
     * Each round adds up the effort of every candidate that still adds something in a few sweeps of
     * the graph ({@link PrerequisiteGraph#closureWeights}).
     */
    private BitSet cover(GoalMatch goal, Learner learner, BitSet eligible, BitSet alreadyIncluded) {
        List<WeightedSkill> wanted = goal.skills();
        int[] level = new int[wanted.size()];
        for (int s = 0; s < level.length; s++) {
            level[s] = learner.skillLevel(wanted.get(s).skill());
        }
        BitSet done = learner.completed();
        BitSet candidateSet = new BitSet(graph.size());
        for (WeightedSkill skill : wanted) {
            for (int v : scorer.teachers(skill.skill())) {
                if (eligible.get(v) && !done.get(v)) {
                    candidateSet.set(v);
                }
            }
        }
        int[] candidates = candidateSet.stream().toArray();
        int[][] gives = new int[candidates.length][wanted.size()];
        for (int c = 0; c < candidates.length; c++) {
            Project project = catalog.projects().get(candidates[c]);
            for (int s = 0; s < level.length; s++) {
                gives[c][s] = project.teachesLevel(wanted.get(s).skill());
            }
        }
        BitSet chosen = new BitSet(graph.size());
        BitSet included = (BitSet) alreadyIncluded.clone();
        for (int u = included.nextSetBit(0); u >= 0; u = included.nextSetBit(u + 1)) {
            Project project = catalog.projects().get(u);
            for (int s = 0; s < level.length; s++) {
                level[s] = Math.max(level[s], project.teachesLevel(wanted.get(s).skill()));
            }
        }
        List<Integer> picked = new ArrayList<>();
        double[] hours = new double[graph.size()];
        for (int v = 0; v < hours.length; v++) {
            hours[v] = scorer.likelyHours(v, learner);
        }
        int[] useful = new int[candidates.length];
        double[] gains = new double[candidates.length];
        while (true) {
            int count = 0;
            for (int c = 0; c < candidates.length; c++) {
                double gain = included.get(candidates[c]) ? 0 : gain(gives[c], wanted, level);
                if (gain > 0) {
                    useful[count] = candidates[c];
                    gains[count++] = gain;
                }
            }
            double[] costs = graph.closureWeights(Arrays.copyOf(useful, count), included, hours);
            int best = -1;
            double bestRatio = 0;
            for (int i = 0; i < count; i++) {
                double ratio = gains[i] / Math.max(costs[i], MIN_HOURS);
                if (best < 0 || ratio > bestRatio || ratio == bestRatio && preferred(useful[i], best, goal, learner)) {
                    best = useful[i];
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
            BitSet adds = graph.closure(single, included).members();
            for (int u = adds.nextSetBit(0); u >= 0; u = adds.nextSetBit(u + 1)) {
                Project project = catalog.projects().get(u);
                for (int s = 0; s < level.length; s++) {
                    level[s] = Math.max(level[s], project.teachesLevel(wanted.get(s).skill()));
                }
            }
            included.or(adds);
        }
    }

    /** The effort below which a project counts as taking no time, so that a ratio stays finite. */
    private static final double MIN_HOURS = 1e-9;

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
        BitSet all = graph.closure(targets, learner.completed()).members();
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

    private static double gain(int[] gives, List<WeightedSkill> wanted, int[] level) {
        double gain = 0;
        for (int s = 0; s < level.length; s++) {
            if (gives[s] > level[s]) {
                gain += wanted.get(s).weight() * (gives[s] - level[s]);
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
        return graph.idRank(v) < graph.idRank(other);
    }

    /**
     * For each member that is not a target, the index of a target that needs it (-1 otherwise): the
     * first by id. One walk per target in id order, each stopping at the members an earlier one
     * reached, so O(V + E) in all when nothing is completed.
     */
    private int[] firstTargetNeeding(Selection selection) {
        int n = graph.size();
        int[] first = new int[n];
        Arrays.fill(first, -1);
        BitSet targets = selection.targets();
        BitSet members = selection.members();
        BitSet reached = new BitSet(n);
        int[] mark = new int[n];
        int[] walked = new int[n];
        int epoch = 0;
        for (int r = 0; r < n; r++) {
            int t = graph.byIdRank(r);
            if (!targets.get(t)) {
                continue;
            }
            int count = graph.reach(t, reached, mark, ++epoch, walked);
            for (int i = 0; i < count; i++) {
                int u = walked[i];
                if (members.get(u)) {
                    reached.set(u);
                    if (!targets.get(u)) {
                        first[u] = t;
                    }
                }
            }
        }
        return first;
    }

    /**
     * For each path position, up to {@link #MAX_REQUIRED_BY} targets that need the project there,
     * earliest first: walks the path backwards, merging each project's needers into its prerequisites'.
     * Lists are shared between projects while they are equal, so most merges allocate nothing.
     */
    private int[][] requiredBy(Selection selection, int[] order, int[] position) {
        int[][] needers = new int[graph.size()][];
        int[][] result = new int[order.length][];
        int[] scratch = new int[MAX_REQUIRED_BY];
        BitSet members = selection.members();
        for (int p = order.length - 1; p >= 0; p--) {
            int v = order[p];
            int[] mine = needers[v] == null ? NONE : needers[v];
            result[p] = mine;
            int[] passOn = selection.targets().get(v) ? merge(mine, new int[] {v}, position, scratch) : mine;
            for (int i = 0; i < graph.prerequisiteCount(v); i++) {
                int u = graph.prerequisite(v, i);
                if (members.get(u)) {
                    needers[u] = needers[u] == null ? passOn : merge(needers[u], passOn, position, scratch);
                }
            }
        }
        return result;
    }

    private static final int[] NONE = new int[0];

    /**
     * The first {@link #MAX_REQUIRED_BY} by position of the union of two lists sorted by position;
     * {@code a} or {@code b} itself when the result equals it.
     */
    private static int[] merge(int[] a, int[] b, int[] position, int[] scratch) {
        if (a == b) {
            return a;
        }
        int i = 0;
        int j = 0;
        int k = 0;
        while (k < MAX_REQUIRED_BY && (i < a.length || j < b.length)) {
            if (j == b.length || i < a.length && position[a[i]] < position[b[j]]) {
                scratch[k++] = a[i++];
            } else if (i == a.length || position[b[j]] < position[a[i]]) {
                scratch[k++] = b[j++];
            } else {
                scratch[k++] = a[i++];
                j++;
            }
        }
        if (Arrays.equals(scratch, 0, k, a, 0, a.length)) {
            return a;
        }
        if (Arrays.equals(scratch, 0, k, b, 0, b.length)) {
            return b;
        }
        return Arrays.copyOf(scratch, k);
    }
}
