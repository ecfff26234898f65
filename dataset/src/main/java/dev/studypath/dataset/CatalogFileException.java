package dev.studypath.dataset;

import dev.studypath.engine.model.Problem;

import java.util.List;

/**
 * A catalog file that cannot be read, or whose content is not a valid catalog, with every problem
 * found in it. The message names the source and lists the problems, one a line.
 */
public final class CatalogFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final transient List<Problem> problems;

    CatalogFileException(String source, List<Problem> problems, Throwable cause) {
        super(message(source, problems), cause);
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    /** The file, classpath resource or stream name the catalog was read from. */
    public String source() {
        return source;
    }

    /** Every problem, at least one, each with a JSON pointer into the file. */
    public List<Problem> problems() {
        return problems;
    }

    private static String message(String source, List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a catalog file exception has at least one problem");
        }
        StringBuilder message = new StringBuilder(source).append(": ").append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems");
        problems.forEach(problem -> message.append('\n').append(problem));
        return message.toString();
    }
}
