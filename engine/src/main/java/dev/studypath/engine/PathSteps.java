package dev.studypath.engine;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * The steps of a planned path, each made when first read and kept: planning fixes the order, the
 * roles and the totals; a step's texts (its reasons, the targets that need it) cost far more than
 * planning on a large path and are only worked out for the steps a caller reads. Immutable and
 * thread-safe; two threads reading the same step at once may both make it, and get equal steps.
 *
 */
final class PathSteps extends AbstractList<Step> implements RandomAccess {

    private final int size;
    private final IntFunction<String> project;
    private final IntFunction<Step> maker;
    private volatile Step[] made;

    /**
     * @param project the project id at a position
     * @param maker   the step at a position
     */
    PathSteps(int size, IntFunction<String> project, IntFunction<Step> maker) {
        this.size = size;
        this.project = project;
        this.maker = maker;
    }

    @Override
    public Step get(int index) {
        Objects.checkIndex(index, size);
        Step[] steps = made;
        if (steps == null) {
            synchronized (this) {
                if (made == null) {
                    made = new Step[size];
                }
                steps = made;
            }
        }
        Step step = steps[index];
        if (step == null) {
            step = maker.apply(index);
            steps[index] = step;
        }
        return step;
    }

    @Override
    public int size() {
        return size;
    }

    /** The project ids in path order, without making the steps. */
    List<String> projects() {
        String[] ids = new String[size];
        for (int p = 0; p < size; p++) {
            ids[p] = project.apply(p);
        }
        return List.of(ids);
    }
}
