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

    private final CatalogIndex index;
    private final Catalog catalog;
    private final PrerequisiteGraph graph;
    private final Scorer scorer;

    Planner(CatalogIndex index, PrerequisiteGraph graph, Scorer scorer) {
        this.index = index;
        this.catalog = index.catalog();
        this.graph = graph;
        this.scorer = scorer;
    }

    /** The targets of a goal and everything they need first, minus what the learner completed. */
    private record Selection(BitSet targets, PrerequisiteGraph.Closure closure, BitSet members,
                             List<String> uncovered, List<Omission> omitted) {
    }

    /**
     * The ordered learning path. Plans on int indexes and bit sets in O((V + E) log V) over the
     * selected projects; each step's texts are made when the step is first read.
     */
    /** A planned path, and its projects in order by position in the catalog, for the scheduler. */
    record Plan(LearningPath path, int[] order) {
    }

    LearningPath path(GoalMatch goal, Learner learner) {
        return plan(goal, learner).path();
    }

    Plan plan(GoalMatch goal, Learner learner) {
        Scorer.ForGoal scores = scorer.forGoal(goal, learner);
        Selection selection = select(goal, learner, scores);
        BitSet members = selection.members();
        double[] score = new double[graph.size()];
        // Every member that is not a target is on the way to one (firstTargetNeeding names which).
        for (int v = members.nextSetBit(0); v >= 0; v = members.nextSetBit(v + 1)) {
            score[v] = scores.score(v, !selection.targets().get(v));
        }
        int[] order = graph.routeOrder(selection.closure(), score);
        // Summed in path order, so that the catalog's order of projects cannot change the rounding; in the
        // same pass, by stage rank (the route's stages in order, the last slot for "in none").
        double minHours = 0;
        double maxHours = 0;
        int stageCount = catalog.stages().size();
        int[] stageProjects = new int[stageCount + 1];
        double[] stageMin = new double[stageCount + 1];
        double[] stageMax = new double[stageCount + 1];
        for (int v : order) {
            double min = learner.minHours(v);
            double max = learner.maxHours(v);
            minHours += min;
            maxHours += max;
            int rank = index.stageRank(v);
            stageProjects[rank]++;
            stageMin[rank] += min;
            stageMax[rank] += max;
        }
        StepMaker maker = new StepMaker(index, graph, selection.targets(), members, order, learner.level(), scores,
                learner.completed());
        double perWeek = learner.profile().hoursPerWeek();
        return new Plan(new LearningPath(goal, new PathSteps(order.length, p -> index.project(order[p]).id(),
                maker::step), selection.uncovered(), new Range(minHours / perWeek, maxHours / perWeek),
                selection.omitted(), stages(stageProjects, stageMin, stageMax, perWeek)), order);
    }

    /** For each stage the path visits, its projects' estimate at the learner's hours, beside the catalog's. */
    private List<LearningPath.StageEstimate> stages(int[] projects, double[] min, double[] max, double perWeek) {
        List<Stage> byRank = catalog.stages().stream().sorted(Comparator.comparingInt(Stage::number)).toList();
        List<LearningPath.StageEstimate> stages = new ArrayList<>();
        for (int rank = 0; rank < byRank.size(); rank++) {
            if (projects[rank] > 0) {
                Stage stage = byRank.get(rank);
                stages.add(new LearningPath.StageEstimate(stage.number(), stage.name(), projects[rank],
                        new Range(min[rank] / perWeek, max[rank] / perWeek), stage.months()));
            }
        }
        return stages;
    }

    /** The best projects the learner can start now, best first, equal scores by id. */
    Recommendation next(GoalMatch goal, Learner learner, int limit) {
        Scorer.ForGoal scores = scorer.forGoal(goal, learner);
        Selection selection = select(goal, learner, scores);
        int[] onTheWay = firstTargetNeeding(selection);
        BitSet done = learner.completed();
        // Ranked on the score alone; only the candidates returned are explained, by the same computation.
        List<double[]> ranked = new ArrayList<>();
        int maxDifficulty = learner.profile().maxDifficulty();
        for (int v = 0; v < graph.size(); v++) {
            if (done.get(v) || index.difficulty(v) > maxDifficulty || !graph.ready(v, done)) {
                continue;
            }
            if (selection.members().get(v) || scores.relevance(v) > 0) {
                double score = scores.score(v, onTheWay[v], null, learner.level(), null);
                ranked.add(new double[] {score, graph.idRank(v), v});
            }
        }
        ranked.sort(Comparator.<double[]>comparingDouble(r -> -r[0]).thenComparingDouble(r -> r[1]));
        List<Candidate> candidates = new ArrayList<>();
        for (double[] r : ranked.subList(0, Math.min(limit, ranked.size()))) {
            int v = (int) r[2];
            Project project = index.project(v);
            List<ScoreComponent> parts = new ArrayList<>(4);
            double score = scores.score(v, onTheWay[v], null, learner.level(), parts);
            candidates.add(new Candidate(project.id(), project.name(), score, parts,
                    parts.stream().map(ScoreComponent::reason).toList()));
        }
        List<Recommendation.Waiting> waiting = new ArrayList<>();
        int waitingTotal = 0;
        for (int v : graph.orderById(selection.members())) {
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
        return new Recommendation(goal, candidates, waiting,
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

    private Selection select(GoalMatch goal, Learner learner, Scorer.ForGoal scores) {
        BitSet done = learner.completed();
        BitSet eligible = eligible(learner);
        List<Omission> omitted = new ArrayList<>();
        BitSet targets = targets(goal, learner, scores, eligible, omitted);
        if (learner.profile().maxDifficulty() < 5) {
            BitSet everything = new BitSet(graph.size());
            everything.set(0, graph.size());
            BitSet uncapped = targets(goal, learner, scores, everything, new ArrayList<>());
            uncapped.andNot(eligible);
            uncapped.andNot(done);
            for (int v : graph.orderById(uncapped)) {
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
            int highest = index.highestTaught(skill);
            if (highest == 0) {
                omitted.add(new Omission.NotTaught(skill));
            } else if (have >= highest) {
                omitted.add(new Omission.AlreadyKnown(skill, have, highest));
            }
            if (have == 0 && !index.taughtIn(skill, taught)) {
                uncovered.add(skill);
            }
        }
        return new Selection(targets, closure, members, uncovered, omitted);
    }

    /**
     * The targets of a goal among the {@code allowed} projects, without the completed ones; adds to
     * {@code omitted} the targets left out because they are completed or teach nothing new.
     */
    private BitSet targets(GoalMatch goal, Learner learner, Scorer.ForGoal scores, BitSet allowed,
                           List<Omission> omitted) {
        BitSet done = learner.completed();
        SkillCover skills = new SkillCover(index, graph, goal, learner, scores);
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
                    targets = skills.cover(allowed, done);
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
                    targets.or(skills.cover(allowed, included));
                }
            }
            case SKILLS -> targets = skills.cover(allowed, done);
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
            from = Math.max(from, index.difficulty(u));
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
        for (int v : graph.orderById(all)) {
            boolean ok = done.get(v) || index.difficulty(v) <= max;
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


}
