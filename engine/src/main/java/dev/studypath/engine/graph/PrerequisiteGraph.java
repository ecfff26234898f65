package dev.studypath.engine.graph;

import dev.studypath.engine.model.Catalog;
import dev.studypath.engine.model.Prerequisite;
import dev.studypath.engine.model.Project;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The catalog's prerequisites as an int-indexed graph in compressed adjacency form (project index =
 * position in {@link Catalog#projects()}), built once per catalog. Internal to the engine.
 */
public final class PrerequisiteGraph {

    private final int size;
    private final int[] prerequisiteStart;
    private final int[] prerequisites;
    private final int[] dependentStart;
    private final int[] dependents;

    public PrerequisiteGraph(Catalog catalog) {
        List<Project> projects = catalog.projects();
        size = projects.size();
        prerequisiteStart = new int[size + 1];
        prerequisites = new int[catalog.prerequisiteCount()];
        int[] inDegree = new int[size + 1];
        int edge = 0;
        for (int v = 0; v < size; v++) {
            prerequisiteStart[v] = edge;
            for (Prerequisite prerequisite : projects.get(v).prerequisites()) {
                int u = catalog.indexOf(prerequisite.project());
                prerequisites[edge++] = u;
                inDegree[u + 1]++;
            }
        }
        prerequisiteStart[size] = edge;
        dependentStart = new int[size + 1];
        for (int v = 0; v < size; v++) {
            dependentStart[v + 1] = dependentStart[v] + inDegree[v + 1];
        }
        dependents = new int[edge];
        int[] fill = dependentStart.clone();
        for (int v = 0; v < size; v++) {
            for (int e = prerequisiteStart[v]; e < prerequisiteStart[v + 1]; e++) {
                dependents[fill[prerequisites[e]]++] = v;
            }
        }
    }

    /** The number of projects. */
    public int size() {
        return size;
    }

    /** The direct prerequisites of {@code v}, as indexes. */
    public int[] prerequisitesOf(int v) {
        return Arrays.copyOfRange(prerequisites, prerequisiteStart[v], prerequisiteStart[v + 1]);
    }

    /** The number of direct prerequisites of {@code v}. */
    public int prerequisiteCount(int v) {
        return prerequisiteStart[v + 1] - prerequisiteStart[v];
    }

    /** The {@code i}-th direct prerequisite of {@code v}, in the catalog's order, without copying. */
    public int prerequisite(int v, int i) {
        return prerequisites[prerequisiteStart[v] + i];
    }

    /** How many direct prerequisites of {@code v} are in {@code set}. */
    public int prerequisitesIn(int v, BitSet set) {
        int count = 0;
        for (int e = prerequisiteStart[v]; e < prerequisiteStart[v + 1]; e++) {
            if (set.get(prerequisites[e])) {
                count++;
            }
        }
        return count;
    }

    /** Whether every direct prerequisite of {@code v} is in {@code done}. */
    public boolean ready(int v, BitSet done) {
        for (int e = prerequisiteStart[v]; e < prerequisiteStart[v + 1]; e++) {
            if (!done.get(prerequisites[e])) {
                return false;
            }
        }
        return true;
    }

    /**
     * The targets and everything they need first, transitively, leaving out {@code done} projects
     * (whose own prerequisites are then not needed either). O(V + E) at most.
     */
    public BitSet closure(BitSet targets, BitSet done) {
        // Plain words rather than BitSet calls in the walk: this loop visits every edge.
        long[] seen = new long[(size + 63) >>> 6];
        long[] stop = done.toLongArray();
        int[] stack = new int[Math.max(1, size)];
        int depth = 0;
        for (int t = targets.nextSetBit(0); t >= 0; t = targets.nextSetBit(t + 1)) {
            if (!has(stop, t) && !has(seen, t)) {
                seen[t >>> 6] |= 1L << t;
                stack[depth++] = t;
            }
            while (depth > 0) {
                int v = stack[--depth];
                for (int e = prerequisiteStart[v]; e < prerequisiteStart[v + 1]; e++) {
                    int u = prerequisites[e];
                    long bit = 1L << u;
                    if ((seen[u >>> 6] & bit) == 0 && !has(stop, u)) {
                        seen[u >>> 6] |= bit;
                        stack[depth++] = u;
                    }
                }
            }
        }
        return BitSet.valueOf(seen);
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
    public int reach(int t, BitSet stop, int[] mark, int epoch, int[] out) {
        if (stop.get(t)) {
            return 0;
        }
        int count = 0;
        mark[t] = epoch;
        out[count++] = t;
        for (int i = 0; i < count; i++) {
            int v = out[i];
            for (int e = prerequisiteStart[v]; e < prerequisiteStart[v + 1]; e++) {
                int u = prerequisites[e];
                if (mark[u] != epoch && !stop.get(u)) {
                    mark[u] = epoch;
                    out[count++] = u;
                }
            }
        }
        return count;
    }

    /**
     * The members in an order where every project comes after its prerequisites (Kahn's algorithm),
     * choosing among the projects that are ready the one with the lowest {@code rank}.
     * O((V + E) log V) over the members.
     *
     * @param members the projects to order
     * @param rank    a distinct preference per project, lower first
     */
    public int[] order(BitSet members, int[] rank) {
        long[] keys = new long[2 * size];
        for (int v = 0; v < size; v++) {
            keys[2 * v] = key(0, rank[v]);
        }
        return order(members, keys);
    }

    /** The first of a project's two sort keys for {@link #order(BitSet, long[])}. */
    public static long key(int primary, int rank) {
        if (primary < 0 || rank < 0) {
            throw new IllegalArgumentException("sort keys must not be negative: " + primary + ", " + rank);
        }
        return (long) primary << 32 | rank;
    }

    /**
     * The members in an order where every project comes after its prerequisites (Kahn's algorithm),
     * choosing among the projects that are ready the lowest primary key, then the highest score, then
     * the lowest rank. O((V + E) log V) over the members, no boxing.
     *
     * @param keys for project v, {@code keys[2v]} is {@link #key key(primary, rank)} and
     *             {@code keys[2v + 1]} the raw bits of its score, a double in [0, 1]: side by side, so
     *             a project that becomes ready costs one cache miss, not three
     */
    public int[] order(BitSet members, long[] keys) {
        int count = members.cardinality();
        int[] waiting = new int[size];
        IntHeap ready = new IntHeap(keys);
        for (int v = members.nextSetBit(0); v >= 0; v = members.nextSetBit(v + 1)) {
            int unmet = 0;
            for (int e = prerequisiteStart[v]; e < prerequisiteStart[v + 1]; e++) {
                if (members.get(prerequisites[e])) {
                    unmet++;
                }
            }
            waiting[v] = unmet;
            if (unmet == 0) {
                ready.push(v);
            }
        }
        int[] order = new int[count];
        int placed = 0;
        while (!ready.isEmpty()) {
            int v = ready.pop();
            order[placed++] = v;
            for (int e = dependentStart[v]; e < dependentStart[v + 1]; e++) {
                int w = dependents[e];
                if (members.get(w) && --waiting[w] == 0) {
                    ready.push(w);
                }
            }
        }
        if (placed != count) {
            throw new IllegalStateException("prerequisite graph has a cycle; Catalog.of should have refused it");
        }
        return order;
    }

    /**
     * A binary min-heap of project indexes ordered by primary key, then score (highest first), then
     * rank, without boxing. Each entry keeps a copy of its keys beside it, so that sifting compares
     * neighbouring heap slots instead of reaching into the project-sized key array.
     */
    private static final class IntHeap {

        /** Few projects are ready at once on most catalogs: start small and grow. */
        private static final int INITIAL_ROOM = 64;

        private final long[] keys;
        private int[] heap;
        private long[] heapKey;
        private double[] heapScore;
        private int size;

        IntHeap(long[] keys) {
            this.keys = keys;
            this.heap = new int[INITIAL_ROOM];
            this.heapKey = new long[INITIAL_ROOM];
            this.heapScore = new double[INITIAL_ROOM];
        }

        /** Whether the entry {@code (ka, sa)} comes strictly before the entry {@code (kb, sb)}. */
        private static boolean before(long ka, double sa, long kb, double sb) {
            long pa = ka >>> 32;
            long pb = kb >>> 32;
            if (pa != pb) {
                return pa < pb;
            }
            if (sa != sb) {
                return sa > sb;
            }
            return (int) ka < (int) kb;
        }

        private void place(int i, int v, long k, double s) {
            heap[i] = v;
            heapKey[i] = k;
            heapScore[i] = s;
        }

        boolean isEmpty() {
            return size == 0;
        }

        void push(int v) {
            long k = keys[2 * v];
            double s = Double.longBitsToDouble(keys[2 * v + 1]);
            if (size == heap.length) {
                heap = Arrays.copyOf(heap, 2 * size);
                heapKey = Arrays.copyOf(heapKey, 2 * size);
                heapScore = Arrays.copyOf(heapScore, 2 * size);
            }
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (!before(k, s, heapKey[parent], heapScore[parent])) {
                    break;
                }
                place(i, heap[parent], heapKey[parent], heapScore[parent]);
                i = parent;
            }
            place(i, v, k, s);
        }

        int pop() {
            int top = heap[0];
            int last = --size;
            int v = heap[last];
            long k = heapKey[last];
            double s = heapScore[last];
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && before(heapKey[child + 1], heapScore[child + 1], heapKey[child],
                        heapScore[child])) {
                    child++;
                }
                if (!before(heapKey[child], heapScore[child], k, s)) {
                    break;
                }
                place(i, heap[child], heapKey[child], heapScore[child]);
                i = child;
            }
            place(i, v, k, s);
            return top;
        }
    }
}
