package dev.studypath.engine;

import dev.studypath.engine.model.Project;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Makes the steps of one planned path: the presentation of a finished plan. Works out, once and when
 * first asked, each project's position, the learner's level before it and the targets that need it;
 * then each step's score and reasons with the projects before it done.
 */
final class StepMaker {

    /** How many targets a prerequisite step names at most. */
    static final int MAX_REQUIRED_BY = 5;
    private static final int[] NONE = new int[0];

    private final CatalogIndex index;
    private final PrerequisiteGraph graph;
    private final BitSet targets;
    private final BitSet members;
    private final int[] order;
    private final int startLevel;
    private final Scorer.ForGoal scores;
    private final BitSet completed;
    private int[] position;
    private int[] levelBefore;
    private int[][] requiredBy;

    /**
     * @param targets   the goal's targets
     * @param members   the path's projects
     * @param order     the path's projects in order
     * @param completed the learner's completed projects
     */
    StepMaker(CatalogIndex index, PrerequisiteGraph graph, BitSet targets, BitSet members, int[] order,
              int startLevel, Scorer.ForGoal scores, BitSet completed) {
        this.index = index;
        this.graph = graph;
        this.targets = targets;
        this.members = members;
        this.order = order;
        this.startLevel = startLevel;
        this.scores = scores;
        this.completed = completed;
    }

    private synchronized void prepare() {
        if (requiredBy != null) {
            return;
        }
        int[] at = new int[index.size()];
        int[] levels = new int[order.length];
        int level = startLevel;
        for (int p = 0; p < order.length; p++) {
            at[order[p]] = p;
            levels[p] = level;
            level = Math.max(level, index.difficulty(order[p]));
        }
        position = at;
        levelBefore = levels;
        requiredBy = requiredBy(at);
    }

    /** The step at path position {@code p}, with the projects before it done. */
    Step step(int p) {
        prepare();
        int v = order[p];
        Project project = index.project(v);
        boolean target = targets.get(v);
        int[] needers = requiredBy[p];
        List<String> neederIds = new ArrayList<>(needers.length);
        for (int u : needers) {
            neederIds.add(index.project(u).id());
        }
        List<ScoreComponent> parts = new ArrayList<>(4);
        double score = scores.score(v, needers.length == 0 ? Scorer.NOT_ON_THE_WAY : needers[0],
                u -> completed.get(u) || members.get(u) && position[u] < p, levelBefore[p], parts);
        List<Reason> reasons = new ArrayList<>(5);
        if (!target && needers.length > 0 && parts.get(0).value() > Scorer.ON_THE_WAY_RELEVANCE) {
            reasons.add(new Reason.NeededBefore(neederIds));
        }
        parts.forEach(part -> reasons.add(part.reason()));
        int stage = index.stage(v);
        return new Step(p + 1, project.id(), project.name(), stage == CatalogIndex.NO_STAGE ? 0 : stage,
                project.difficulty(), project.effort(), target ? Step.Role.TARGET : Step.Role.PREREQUISITE,
                target ? List.of() : neederIds, score, reasons);
    }

    /**
     * For each path position, up to {@link #MAX_REQUIRED_BY} targets that need the project there,
     * earliest first: walks the path backwards, merging each project's needers into its prerequisites'.
     * Lists are shared between projects while they are equal, so most merges allocate nothing.
     */
    private int[][] requiredBy(int[] position) {
        int[][] needers = new int[index.size()][];
        int[][] result = new int[order.length][];
        int[] scratch = new int[MAX_REQUIRED_BY];
        for (int p = order.length - 1; p >= 0; p--) {
            int v = order[p];
            int[] mine = needers[v] == null ? NONE : needers[v];
            result[p] = mine;
            int[] passOn = targets.get(v) ? merge(mine, new int[] {v}, position, scratch) : mine;
            for (int i = 0; i < graph.prerequisiteCount(v); i++) {
                int u = graph.prerequisite(v, i);
                if (members.get(u)) {
                    needers[u] = needers[u] == null ? passOn : merge(needers[u], passOn, position, scratch);
                }
            }
        }
        return result;
    }

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
    }}
