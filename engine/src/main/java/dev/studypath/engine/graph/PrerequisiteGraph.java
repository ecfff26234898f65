package dev.studypath.engine.graph;

import dev.studypath.engine.model.Catalog;
import dev.studypath.engine.model.Prerequisite;
import dev.studypath.engine.model.Project;
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
        return java.util.Arrays.copyOfRange(prerequisites, prerequisiteStart[v], prerequisiteStart[v + 1]);
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
        BitSet result = new BitSet(size);
        int[] stack = new int[Math.max(1, size)];
        int depth = 0;
        for (int t = targets.nextSetBit(0); t >= 0; t = targets.nextSetBit(t + 1)) {
            if (!done.get(t) && !result.get(t)) {
                result.set(t);
                stack[depth++] = t;
            }
            while (depth > 0) {
                int v = stack[--depth];
                for (int e = prerequisiteStart[v]; e < prerequisiteStart[v + 1]; e++) {
                    int u = prerequisites[e];
                    if (!done.get(u) && !result.get(u)) {
                        result.set(u);
                        stack[depth++] = u;
                    }
                }
            }
        }
        return result;
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
        int count = members.cardinality();
        int[] waiting = new int[size];
        IntHeap ready = new IntHeap(count, rank);
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

    /** A binary min-heap of project indexes ordered by rank, without boxing. */
    private static final class IntHeap {

        private final int[] heap;
        private final int[] rank;
        private int size;

        IntHeap(int capacity, int[] rank) {
            this.heap = new int[Math.max(1, capacity)];
            this.rank = rank;
        }

        boolean isEmpty() {
            return size == 0;
        }

        void push(int v) {
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (rank[heap[parent]] <= rank[v]) {
                    break;
                }
                heap[i] = heap[parent];
                i = parent;
            }
            heap[i] = v;
        }

        int pop() {
            int top = heap[0];
            int last = heap[--size];
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && rank[heap[child + 1]] < rank[heap[child]]) {
                    child++;
                }
                if (rank[heap[child]] >= rank[last]) {
                    break;
                }
                heap[i] = heap[child];
                i = child;
            }
            heap[i] = last;
            return top;
        }
    }
}
