package dev.studypath.engine;

import java.util.List;

/** A goal query that matches no goal and no skill of the catalog, with the closest names it knows. */
public final class UnknownGoalException extends StudypathException {

    private static final long serialVersionUID = 1L;

    private final String query;
    private final transient List<String> suggestions;

    /**
     * @param query       the query as given
     * @param suggestions the closest goal and skill names, best first; may be empty
     */
    public UnknownGoalException(String query, List<String> suggestions) {
        super("unknown goal '" + query + "'"
                + (suggestions.isEmpty() ? "" : "; did you mean: " + String.join(", ", suggestions) + "?"));
        this.query = query;
        this.suggestions = List.copyOf(suggestions);
    }

    /** The query as given. */
    public String query() {
        return query;
    }

    /** The closest goal and skill names, best first. */
    public List<String> suggestions() {
        return suggestions;
    }
}
