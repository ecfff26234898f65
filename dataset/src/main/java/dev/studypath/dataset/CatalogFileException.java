package dev.studypath.dataset;

import dev.studypath.engine.model.Problem;

import java.util.List;
import java.util.Locale;

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

    /** The source, how many problems, then each problem on its line, in {@code locale}'s language. */
    public String describe(Locale locale) {
        return describe(source, problems, locale);
    }

    private static String message(String source, List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a catalog file exception has at least one problem");
        }
        return describe(source, problems, Locale.ENGLISH);
    }

    private static String describe(String source, List<Problem> problems, Locale locale) {
        StringBuilder message = new StringBuilder(Fields.message("file.problems", source, problems.size())
                .describe(locale));
        problems.forEach(problem -> message.append('\n').append(problem.describe(locale)));
        return message.toString();
    }
}
