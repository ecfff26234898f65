package dev.studypath.engine.model;

import java.util.List;

/** A catalog that cannot be planned on, with every problem found in it. */
public final class InvalidCatalogException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /** @param problems what is wrong, at least one */
    public InvalidCatalogException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in document order. */
    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid catalog has at least one problem");
        }
        return problems.size() == 1 ? "invalid catalog: " + problems.get(0)
                : "invalid catalog, " + problems.size() + " problems, first: " + problems.get(0);
    }
}
