package dev.studypath.engine;

import java.util.Arrays;

/** Adjacency lists in compressed form: those of v are {@code edges[start[v]..start[v + 1])}. */
record Csr(int[] start, int[] edges) {

    /** The lists with every edge turned round, each in increasing order of its source. */
    Csr reversed() {
        int n = start.length - 1;
        int[] reverseStart = new int[n + 1];
        for (int u : edges) {
            reverseStart[u + 1]++;
        }
        for (int v = 0; v < n; v++) {
            reverseStart[v + 1] += reverseStart[v];
        }
        int[] reverse = new int[edges.length];
        int[] fill = Arrays.copyOf(reverseStart, n);
        for (int v = 0; v < n; v++) {
            for (int e = start[v]; e < start[v + 1]; e++) {
                reverse[fill[edges[e]]++] = v;
            }
        }
        return new Csr(reverseStart, reverse);
    }

    /** The same lists with vertex v called {@code to[v]}; {@code from} is the inverse of {@code to}. */
    Csr renumbered(int[] to, int[] from) {
        int n = start.length - 1;
        int[] newStart = new int[n + 1];
        int[] newEdges = new int[edges.length];
        int at = 0;
        for (int g = 0; g < n; g++) {
            newStart[g] = at;
            int v = from[g];
            for (int e = start[v]; e < start[v + 1]; e++) {
                newEdges[at++] = to[edges[e]];
            }
        }
        newStart[n] = at;
        return new Csr(newStart, newEdges);
    }
}
