package dev.studypath.engine;

import java.util.Arrays;

/**
 * A binary min-heap of projects by a distinct long priority, each entry's project kept beside its
 * priority. Few projects are ready at once on most catalogs, so it stays small.
 */
final class Heap {

    private long[] priority = new long[64];
    private int[] project = new int[64];
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    void push(long p, int v) {
        if (size == priority.length) {
            priority = Arrays.copyOf(priority, 2 * size);
            project = Arrays.copyOf(project, 2 * size);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (priority[parent] <= p) {
                break;
            }
            priority[i] = priority[parent];
            project[i] = project[parent];
            i = parent;
        }
        priority[i] = p;
        project[i] = v;
    }

    int pop() {
        int top = project[0];
        int last = --size;
        long p = priority[last];
        int v = project[last];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && priority[child + 1] < priority[child]) {
                child++;
            }
            if (priority[child] >= p) {
                break;
            }
            priority[i] = priority[child];
            project[i] = project[child];
            i = child;
        }
        priority[i] = p;
        project[i] = v;
        return top;
    }
}
