package dev.studypath.engine;

import dev.studypath.engine.GoalMatch.WeightedSkill;
import dev.studypath.engine.model.Project;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The smallest set of projects that best covers a goal's skills for a learner: a greedy weighted set
 * cover with its own tie rule, then the picks that later ones made redundant dropped.
 */
final class SkillCover {

    /** The effort below which a project counts as taking no time, so that a ratio stays finite. */
    private static final double MIN_HOURS = 1e-9;

    private final CatalogIndex index;
    private final PrerequisiteGraph graph;
    private final GoalMatch goal;
    private final Learner learner;
    private final Scorer.ForGoal scores;
    /** The learner's completed projects, read by every round: copied once. */
    private final BitSet done;

    SkillCover(CatalogIndex index, PrerequisiteGraph graph, GoalMatch goal, Learner learner, Scorer.ForGoal scores) {
        this.index = index;
        this.graph = graph;
        this.goal = goal;
        this.learner = learner;
        this.scores = scores;
        this.done = learner.completed();
    }

    /**
     * Greedy weighted set cover: repeatedly takes the project whose new skill levels, weighted by
     * the goal, are largest per hour of the effort it adds (itself and its unmet prerequisites),
     * until no project adds anything; ties go to the lower difficulty, the higher score, the id.
     * Each round adds up the effort of every candidate that still adds something in a few sweeps of
     * the graph ({@link PrerequisiteGraph#closureWeights}).
     */
    BitSet cover(BitSet eligible, BitSet alreadyIncluded) {
        List<WeightedSkill> wanted = goal.skills();
        int[] level = new int[wanted.size()];
        for (int s = 0; s < level.length; s++) {
            level[s] = learner.skillLevel(wanted.get(s).skill());
        }
        BitSet candidateSet = new BitSet(index.size());
        for (WeightedSkill skill : wanted) {
            for (int v : index.teachers(skill.skill())) {
                if (eligible.get(v) && !done.get(v)) {
                    candidateSet.set(v);
                }
            }
        }
        int[] candidates = candidateSet.stream().toArray();
        int[][] gives = new int[candidates.length][wanted.size()];
        for (int c = 0; c < candidates.length; c++) {
            Project project = index.project(candidates[c]);
            for (int s = 0; s < level.length; s++) {
                gives[c][s] = project.teachesLevel(wanted.get(s).skill());
            }
        }
        BitSet chosen = new BitSet(index.size());
        BitSet included = (BitSet) alreadyIncluded.clone();
        for (int u = included.nextSetBit(0); u >= 0; u = included.nextSetBit(u + 1)) {
            Project project = index.project(u);
            for (int s = 0; s < level.length; s++) {
                level[s] = Math.max(level[s], project.teachesLevel(wanted.get(s).skill()));
            }
        }
        List<Integer> picked = new ArrayList<>();
        double[] hours = new double[index.size()];
        for (int v = 0; v < hours.length; v++) {
            hours[v] = learner.likelyHours(v);
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
                if (best < 0 || ratio > bestRatio || ratio == bestRatio && preferred(useful[i], best)) {
                    best = useful[i];
                    bestRatio = ratio;
                }
            }
            if (best < 0) {
                return withoutRedundant(chosen, picked, wanted);
            }
            chosen.set(best);
            picked.add(best);
            BitSet single = new BitSet();
            single.set(best);
            BitSet adds = graph.closure(single, included).members();
            for (int u = adds.nextSetBit(0); u >= 0; u = adds.nextSetBit(u + 1)) {
                Project project = index.project(u);
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
    private BitSet withoutRedundant(BitSet chosen, List<Integer> picked, List<WeightedSkill> wanted) {
        double full = reached(chosen, wanted);
        for (int i = picked.size() - 1; i >= 0; i--) {
            int target = picked.get(i);
            chosen.clear(target);
            if (reached(chosen, wanted) < full - 1e-9) {
                chosen.set(target);
            }
        }
        return chosen;
    }

    /** The weighted skill levels that the targets, their prerequisites and the completed projects reach. */
    private double reached(BitSet targets, List<WeightedSkill> wanted) {
        BitSet all = graph.closure(targets, done).members();
        all.or(done);
        double total = 0;
        for (WeightedSkill skill : wanted) {
            int level = learner.skillLevel(skill.skill());
            for (int v = all.nextSetBit(0); v >= 0; v = all.nextSetBit(v + 1)) {
                level = Math.max(level, index.project(v).teachesLevel(skill.skill()));
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

    private boolean preferred(int v, int other) {
        int dv = index.difficulty(v);
        int dw = index.difficulty(other);
        if (dv != dw) {
            return dv < dw;
        }
        double sv = scores.score(v, false);
        double sw = scores.score(other, false);
        if (sv != sw) {
            return sv > sw;
        }
        return graph.idRank(v) < graph.idRank(other);
    }
}
