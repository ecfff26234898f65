package dev.studypath.engine;

import dev.studypath.engine.model.Catalog;
import dev.studypath.engine.model.Prerequisite;
import dev.studypath.engine.model.Project;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * The catalog's prerequisites as an int-indexed graph in compressed adjacency form, built once per
 * catalog. Callers name projects by their position in {@link Catalog#projects()}. Inside, projects are
 * numbered in route order (a topological order by stage, difficulty and id): a closure is then one
 * sweep down the numbers, and putting a path in order walks the arrays forward instead of jumping
 * across them.
 */
final class PrerequisiteGraph {

    /** The most bits of score precision {@link #routeOrder} keeps. */
    private static final int SCORE_BITS = 30;

    private final int size;
    /** The inside number of each project, and the project of each inside number. */
    private final int[] inside;
    private final int[] outside;
    /** Prerequisites by inside number, each project's in the catalog's order; and the reverse lists. */
    private final int[] prerequisiteStart;
    private final int[] prerequisites;
    private final Csr dependents;
    /** By inside number: the route key (stage rank, then difficulty) and the position by id. */
    private final int[] routeKey;
    private final int[] idRank;
    private final int[] byIdRank;

    PrerequisiteGraph(CatalogIndex index) {
        Catalog catalog = index.catalog();
        List<Project> projects = catalog.projects();
        size = projects.size();
        Integer[] byId = new Integer[size];
        for (int v = 0; v < size; v++) {
            byId[v] = v;
        }
        Arrays.sort(byId, Comparator.comparing(v -> projects.get(v).id()));
        int[] rankOf = new int[size];
        for (int r = 0; r < size; r++) {
            rankOf[byId[r]] = r;
        }
        int[] keyOf = new int[size];
        for (int v = 0; v < size; v++) {
            keyOf[v] = index.stageRank(v) << 3 | index.difficulty(v);
        }
        // First in the catalog's numbering, to find the route order; then renumbered in it.
        int[] start = new int[size + 1];
        int[] edges = new int[catalog.prerequisiteCount()];
        int edge = 0;
        for (int v = 0; v < size; v++) {
            start[v] = edge;
            for (Prerequisite prerequisite : projects.get(v).prerequisites()) {
                edges[edge++] = catalog.indexOf(prerequisite.project());
            }
        }
        start[size] = edge;
        Csr byCatalog = new Csr(start, edges);
        int[] identity = new int[size];
        for (int v = 0; v < size; v++) {
            identity[v] = v;
        }
        outside = kahn(byCatalog.reversed(), all(size), prerequisiteCounts(byCatalog), keyOf, null, rankOf, identity);
        inside = new int[size];
        for (int g = 0; g < size; g++) {
            inside[outside[g]] = g;
        }
        Csr renumbered = byCatalog.renumbered(inside, outside);
        prerequisiteStart = renumbered.start();
        prerequisites = renumbered.edges();
        dependents = renumbered.reversed();
        routeKey = new int[size];
        idRank = new int[size];
        byIdRank = new int[size];
        for (int g = 0; g < size; g++) {
            routeKey[g] = keyOf[outside[g]];
            idRank[g] = rankOf[outside[g]];
            byIdRank[idRank[g]] = g;
        }
    }

    private static long[] all(int n) {
        long[] words = new long[(n + 63) >>> 6];
        for (int v = 0; v < n; v++) {
            words[v >>> 6] |= 1L << v;
        }
        return words;
    }

    private static int[] prerequisiteCounts(Csr csr) {
        int n = csr.start().length - 1;
        int[] counts = new int[n];
        for (int v = 0; v < n; v++) {
            counts[v] = csr.start()[v + 1] - csr.start()[v];
        }
        return counts;
    }

    /** The number of projects. */
    int size() {
        return size;
    }

    /** The number of direct prerequisites of {@code v}. */
    int prerequisiteCount(int v) {
        int g = inside[v];
        return prerequisiteStart[g + 1] - prerequisiteStart[g];
    }

    /** The {@code i}-th direct prerequisite of {@code v}, in the catalog's order, without copying. */
    int prerequisite(int v, int i) {
        return outside[prerequisites[prerequisiteStart[inside[v]] + i]];
    }

    /** How many direct prerequisites of {@code v} are in {@code set}. */
    int prerequisitesIn(int v, BitSet set) {
        int g = inside[v];
        int count = 0;
        for (int e = prerequisiteStart[g]; e < prerequisiteStart[g + 1]; e++) {
            if (set.get(outside[prerequisites[e]])) {
                count++;
            }
        }
        return count;
    }

    /** Whether every direct prerequisite of {@code v} is in {@code done}. */
    boolean ready(int v, BitSet done) {
        int g = inside[v];
        for (int e = prerequisiteStart[g]; e < prerequisiteStart[g + 1]; e++) {
            if (!done.get(outside[prerequisites[e]])) {
                return false;
            }
        }
        return true;
    }

    /** The position of project {@code v} among the catalog's projects sorted by id. */
    int idRank(int v) {
        return idRank[inside[v]];
    }

    /** The project at position {@code r} among the catalog's projects sorted by id. */
    int byIdRank(int r) {
        return outside[byIdRank[r]];
    }

    /**
     * The targets and everything they need first, transitively, leaving out {@code done} projects
     * (whose own prerequisites are then not needed either), ready to be put in order. O(V + E) at most.
     */
    Closure closure(BitSet targets, BitSet done) {
        long[] seen = new long[(size + 63) >>> 6];
        long[] stop = new long[seen.length];
        for (int v = done.nextSetBit(0); v >= 0 && v < size; v = done.nextSetBit(v + 1)) {
            stop[inside[v] >>> 6] |= 1L << inside[v];
        }
        for (int t = targets.nextSetBit(0); t >= 0 && t < size; t = targets.nextSetBit(t + 1)) {
            if (!has(stop, inside[t])) {
                seen[inside[t] >>> 6] |= 1L << inside[t];
            }
        }
        // Inside numbers are a topological order, so one sweep from the last down marks everything
        // needed: a project's prerequisites all have lower numbers, and are marked before they are reached.
        int[] unmet = new int[size];
        for (int w = seen.length - 1; w >= 0; w--) {
            long bits = seen[w];
            while (bits != 0) {
                int bit = 63 - Long.numberOfLeadingZeros(bits);
                int v = w << 6 | bit;
                int needed = 0;
                for (int e = prerequisiteStart[v]; e < prerequisiteStart[v + 1]; e++) {
                    int u = prerequisites[e];
                    if (!has(stop, u)) {
                        needed++;
                        seen[u >>> 6] |= 1L << u;
                    }
                }
                unmet[v] = needed;
                bits = seen[w] & ((1L << bit) - 1);
            }
        }
        BitSet members = new BitSet(size);
        for (int w = 0; w < seen.length; w++) {
            for (long bits = seen[w]; bits != 0; bits &= bits - 1) {
                members.set(outside[w << 6 | Long.numberOfTrailingZeros(bits)]);
            }
        }
        return new Closure(members, seen, unmet);
    }

    /**
     * The projects a {@link #closure} holds, with what {@link #routeOrder} needs, in
     * this graph's own numbering.
     */
    static final class Closure {

        private final BitSet members;
        private final long[] seen;
        private final int[] unmet;

        private Closure(BitSet members, long[] seen, int[] unmet) {
            this.members = members;
            this.seen = seen;
            this.unmet = unmet;
        }

        /** The projects, by their position in the catalog; a copy. */
        BitSet members() {
            return (BitSet) members.clone();
        }
    }

    private static boolean has(long[] words, int i) {
        int w = i >>> 6;
        return w < words.length && (words[w] & 1L << i) != 0;
    }

    /**
     * What {@link #closure} gives for {@code t} alone, without allocating: writes {@code t} and the
     * projects it needs, transitively, not entering {@code stop}, into {@code out} and returns how
     * many. Marks each one written with {@code epoch} in {@code mark}, which must hold no
     * {@code epoch} yet; {@code out} and {@code mark} have room for every project.
     */
    int reach(int t, BitSet stop, int[] mark, int epoch, int[] out) {
        if (stop.get(t)) {
            return 0;
        }
        int count = 0;
        mark[t] = epoch;
        out[count++] = t;
        for (int i = 0; i < count; i++) {
            int v = inside[out[i]];
            for (int e = prerequisiteStart[v]; e < prerequisiteStart[v + 1]; e++) {
                int u = outside[prerequisites[e]];
                if (mark[u] != epoch && !stop.get(u)) {
                    mark[u] = epoch;
                    out[count++] = u;
                }
            }
        }
        return count;
    }

    /**
     * For each of {@code projects}, the sum of {@code weight} over it and the projects it needs,
     * transitively, outside {@code included}: a walk that stops at included projects, so that their
     * own prerequisites are not counted; 0 for an included project. Each sum is added up in
     * decreasing route order, so it does not depend on the catalog's order of projects. Sweeps down
     * the numbers once per 64 projects asked, neighbours in route order together, touching only what
     * they need: O(V + E) per sweep at most.
     *
     * @param projects by position in the catalog; may repeat
     * @param weight   by position in the catalog
     */
    double[] closureWeights(int[] projects, BitSet included, double[] weight) {
        long[] stop = new long[(size + 63) >>> 6];
        for (int v = included.nextSetBit(0); v >= 0 && v < size; v = included.nextSetBit(v + 1)) {
            stop[inside[v] >>> 6] |= 1L << inside[v];
        }
        double[] weightInside = new double[size];
        for (int g = 0; g < size; g++) {
            weightInside[g] = weight[outside[g]];
        }
        // Inside number and position of each project asked, in route order: a batch of neighbours
        // needs overlapping projects, so its sweep touches fewer.
        long[] asked = new long[projects.length];
        for (int i = 0; i < projects.length; i++) {
            asked[i] = (long) inside[projects[i]] << 32 | i;
        }
        Arrays.sort(asked);
        double[] result = new double[projects.length];
        // Which projects of the batch need each project, by inside number; all 0 between sweeps.
        long[] needers = new long[size];
        double[] sums = new double[64];
        for (int from = 0; from < asked.length; from += 64) {
            int to = Math.min(from + 64, asked.length);
            long whole = to - from == 64 ? -1L : (1L << (to - from)) - 1;
            int pending = 0;
            for (int b = from; b < to; b++) {
                int g = (int) (asked[b] >>> 32);
                if ((stop[g >>> 6] & 1L << g) == 0) {
                    pending += needers[g] == 0 ? 1 : 0;
                    needers[g] |= 1L << (b - from);
                }
            }
            Arrays.fill(sums, 0);
            // Prerequisites have lower numbers: each project has all its needers when it is reached.
            for (int g = (int) (asked[to - 1] >>> 32); pending > 0; g--) {
                long mask = needers[g];
                if (mask == 0) {
                    continue;
                }
                needers[g] = 0;
                pending--;
                double w = weightInside[g];
                if (mask == whole) {
                    // Most projects are needed by the whole batch: a plain loop, which the JIT vectorizes.
                    for (int b = 0; b < to - from; b++) {
                        sums[b] += w;
                    }
                } else {
                    for (long bits = mask; bits != 0; bits &= bits - 1) {
                        sums[Long.numberOfTrailingZeros(bits)] += w;
                    }
                }
                for (int e = prerequisiteStart[g]; e < prerequisiteStart[g + 1]; e++) {
                    int u = prerequisites[e];
                    if ((stop[u >>> 6] & 1L << u) == 0) {
                        pending += needers[u] == 0 ? 1 : 0;
                        needers[u] |= mask;
                    }
                }
            }
            for (int b = from; b < to; b++) {
                result[(int) asked[b]] = sums[b - from];
            }
        }
        return result;
    }

    /** The members in an order where every project comes after its prerequisites, first id first. */
    int[] orderById(BitSet members) {
        long[] in = new long[(size + 63) >>> 6];
        for (int v = members.nextSetBit(0); v >= 0; v = members.nextSetBit(v + 1)) {
            in[inside[v] >>> 6] |= 1L << inside[v];
        }
        int[] unmet = new int[size];
        for (int g = 0; g < size; g++) {
            if (has(in, g)) {
                for (int e = prerequisiteStart[g]; e < prerequisiteStart[g + 1]; e++) {
                    if (has(in, prerequisites[e])) {
                        unmet[g]++;
                    }
                }
            }
        }
        return kahn(dependents, in, unmet, null, null, idRank, outside);
    }

    /**
     * The closure's projects in an order where every project comes after its prerequisites (Kahn's
     * algorithm), choosing among the projects that are ready the lower stage, then the lower
     * difficulty, the higher score, and the first id. Scores are compared to within 2<sup>-k</sup>,
     * where k is 63 minus the bits of the stage count and of the project count, at most {@value
     * #SCORE_BITS}: about 10<sup>-9</sup> for any catalog of fewer than a million projects. O((V + E)
     * log V) over the projects, no boxing.
     *
     * @param score a score in [0, 1] per project, by its position in the catalog
     */
    int[] routeOrder(Closure closure, double[] score) {
        return kahn(dependents, closure.seen, closure.unmet.clone(), routeKey, scoresInside(closure, score), idRank,
                outside);
    }

    private double[] scoresInside(Closure closure, double[] score) {
        double[] result = new double[size];
        for (int w = 0; w < closure.seen.length; w++) {
            for (long bits = closure.seen[w]; bits != 0; bits &= bits - 1) {
                int g = w << 6 | Long.numberOfTrailingZeros(bits);
                result[g] = score[outside[g]];
            }
        }
        return result;
    }

    /**
     * Kahn's algorithm over the members {@code in} of a graph given by its dependent lists, choosing
     * among the ready ones the lowest (primary, -score, rank). Uses up {@code unmet}; returns
     * {@code name[v]} for each v in order.
     */
    private static int[] kahn(Csr reverse, long[] in, int[] unmet, int[] primary, double[] score, int[] rank,
                              int[] name) {
        int n = rank.length;
        int maxPrimary = 0;
        int count = 0;
        for (int v = 0; v < n; v++) {
            if (has(in, v)) {
                count++;
                maxPrimary = primary == null ? 0 : Math.max(maxPrimary, primary[v]);
            }
        }
        int rankBits = bits(n - 1);
        int scoreBits = score == null ? 0 : Math.max(0, Math.min(SCORE_BITS, 63 - rankBits - bits(maxPrimary)));
        long scoreSteps = (1L << scoreBits) - 1;
        // One long per member that compares like (primary, -score, rank): the heap moves longs only.
        long[] priority = new long[n];
        Heap ready = new Heap();
        for (int v = 0; v < n; v++) {
            if (has(in, v)) {
                long p = primary == null ? 0 : primary[v];
                long s = score == null ? 0 : scoreSteps - (long) (Math.min(1, Math.max(0, score[v])) * scoreSteps);
                priority[v] = (p << scoreBits | s) << rankBits | rank[v];
                if (unmet[v] == 0) {
                    ready.push(priority[v], v);
                }
            }
        }
        int[] order = new int[count];
        int placed = 0;
        while (!ready.isEmpty()) {
            int v = ready.pop();
            order[placed++] = name[v];
            for (int e = reverse.start()[v]; e < reverse.start()[v + 1]; e++) {
                int w = reverse.edges()[e];
                if (has(in, w) && --unmet[w] == 0) {
                    ready.push(priority[w], w);
                }
            }
        }
        if (placed != count) {
            throw new IllegalStateException("prerequisite graph has a cycle; Catalog.of should have refused it");
        }
        return order;
    }

    /** How many bits {@code n} needs, at least 1. */
    private static int bits(int n) {
        return Math.max(1, 32 - Integer.numberOfLeadingZeros(n));
    }
}
