package dev.studypath.engine.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds prerequisite cycles with an iterative depth-first search (no recursion, so a chain of
 * 100,000 projects cannot overflow the stack). Reports each cycle once, from the project where the
 * search entered it, in the order "a needs b needs ... needs a".
 */
record CycleFinder(List<Project> projects, Map<String, Integer> index, int[] edgeStart, int[] edgeTarget) {

    /**
     * A prerequisite cycle as data.
     *
     * @param projects the ids in the order "each needs the next", the first repeated at the end
     * @param from     the position in the catalog of the project whose prerequisite closes the cycle
     * @param edge     the position of that prerequisite in its list
     */
    record Cycle(List<String> projects, int from, int edge) {

        Cycle {
            projects = List.copyOf(projects);
        }
    }

    private static final byte NEW = 0;
    private static final byte ON_STACK = 1;
    private static final byte DONE = 2;

    /** Every cycle, each once, in the order the search finds them. */
    List<Cycle> cycles() {
        List<Cycle> cycles = new ArrayList<>();
        int n = projects.size();
        byte[] state = new byte[n];
        int[] nextEdge = new int[n];
        int[] stack = new int[n];
        for (int root = 0; root < n; root++) {
            if (state[root] != NEW || !index.get(projects.get(root).id()).equals(root)) {
                continue;
            }
            int depth = 0;
            stack[depth++] = root;
            state[root] = ON_STACK;
            while (depth > 0) {
                int node = stack[depth - 1];
                if (nextEdge[node] == edgeStart[node + 1] - edgeStart[node]) {
                    state[node] = DONE;
                    depth--;
                    continue;
                }
                int edge = nextEdge[node]++;
                int target = edgeTarget[edgeStart[node] + edge];
                if (target < 0) {
                    continue;
                }
                if (state[target] == NEW) {
                    state[target] = ON_STACK;
                    stack[depth++] = target;
                } else if (state[target] == ON_STACK) {
                    cycles.add(cycle(stack, depth, target, node, edge));
                }
            }
        }
        return cycles;
    }

    private Cycle cycle(int[] stack, int depth, int target, int from, int edge) {
        int start = depth - 1;
        while (stack[start] != target) {
            start--;
        }
        List<String> ids = new ArrayList<>(depth - start + 1);
        for (int k = start; k < depth; k++) {
            ids.add(projects.get(stack[k]).id());
        }
        ids.add(projects.get(target).id());
        return new Cycle(ids, from, edge);
    }
}
