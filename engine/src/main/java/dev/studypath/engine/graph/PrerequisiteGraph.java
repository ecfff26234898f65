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
        return order(members, null, null, rank);
    }

    /**
     * The members in an order where every project comes after its prerequisites (Kahn's algorithm),
     * choosing among the projects that are ready the lowest {@code primary} key, then the highest
     * {@code score}, then the lowest {@code rank}. O((V + E) log V) over the members, no boxing.
     *
     * @param primary a key per project, lower first; {@code null} to order by rank alone
     * @param score   a score per project, higher first; {@code null} only with {@code primary}
     * @param rank    a distinct preference per project, lower first
     */
    public int[] order(BitSet members, long[] primary, double[] score, int[] rank) {
        int count = members.cardinality();
        int[] waiting = new int[size];
        IntHeap ready = new IntHeap(primary, score, rank);
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
     * neighbouring heap slots instead of reaching into three project-sized arrays.
     */
    private static final class IntHeap {

        /** Few projects are ready at once on most catalogs: start small and grow. */
        private static final int INITIAL_ROOM = 64;

        private int[] heap;
        private long[] heapPrimary;
        private double[] heapScore;
        private int[] heapRank;
        private final long[] primary;
        private final double[] score;
        private final int[] rank;
        private int size;

        IntHeap(long[] primary, double[] score, int[] rank) {
            this.heap = new int[INITIAL_ROOM];
            this.heapPrimary = new long[INITIAL_ROOM];
            this.heapScore = new double[INITIAL_ROOM];
            this.heapRank = new int[INITIAL_ROOM];
            this.primary = primary;
            this.score = score;
            this.rank = rank;
        }

        /** Whether the entry with keys {@code (pa, sa, ra)} comes strictly before the one with {@code (pb, sb, rb)}. */
        private static boolean before(long pa, double sa, int ra, long pb, double sb, int rb) {
            if (pa != pb) {
                return pa < pb;
            }
            if (sa != sb) {
                return sa > sb;
            }
            return ra < rb;
        }

        /** Whether the entry with keys {@code (pa, sa, ra)} comes strictly before the one in slot {@code j}. */
        private boolean before(long pa, double sa, int ra, int j) {
            return before(pa, sa, ra, heapPrimary[j], heapScore[j], heapRank[j]);
        }

        private void place(int i, int v, long p, double s, int r) {
            heap[i] = v;
            heapPrimary[i] = p;
            heapScore[i] = s;
            heapRank[i] = r;
        }

        private void move(int to, int from) {
            place(to, heap[from], heapPrimary[from], heapScore[from], heapRank[from]);
        }

        boolean isEmpty() {
            return size == 0;
        }

        void push(int v) {
            long p = primary == null ? 0 : primary[v];
            double s = primary == null ? 0 : score[v];
            int r = rank[v];
            if (size == heap.length) {
                int room = 2 * size;
                heap = Arrays.copyOf(heap, room);
                heapPrimary = Arrays.copyOf(heapPrimary, room);
                heapScore = Arrays.copyOf(heapScore, room);
                heapRank = Arrays.copyOf(heapRank, room);
            }
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (!before(p, s, r, parent)) {
                    break;
                }
                move(i, parent);
                i = parent;
            }
            place(i, v, p, s, r);
        }

        int pop() {
            int top = heap[0];
            int last = --size;
            int v = heap[last];
            long p = heapPrimary[last];
            double s = heapScore[last];
            int r = heapRank[last];
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && before(heapPrimary[child + 1], heapScore[child + 1], heapRank[child + 1],
                        child)) {
                    child++;
                }
                if (!before(heapPrimary[child], heapScore[child], heapRank[child], p, s, r)) {
                    break;
                }
                move(i, child);
                i = child;
            }
            place(i, v, p, s, r);
            return top;
        }
    }
}
