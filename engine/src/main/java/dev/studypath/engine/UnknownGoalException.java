package dev.studypath.engine;

import dev.studypath.engine.model.Message;
import java.util.List;

/**
 * A goal query that names nothing the catalog knows, or whose words mostly name nothing, with the
 * closest names it knows.
 */
public final class UnknownGoalException extends StudypathException {

    private static final long serialVersionUID = 1L;

    private final String query;
    private final transient List<String> unmatched;
    private final transient List<String> suggestions;

    /**
     * @param query       the query as given
     * @param unmatched   for a query that matched in part, the words that named nothing; empty when
     *                    nothing in it matched
     * @param suggestions the closest goal, project and skill names, best first; may be empty
     */
    public UnknownGoalException(String query, List<String> unmatched, List<String> suggestions) {
        super(Message.didYouMean(unmatched.isEmpty() ? Message.of("goal.unknown", query)
                : Message.of("goal.unclear", query, new Message.Choices(unmatched)), suggestions));
        this.query = query;
        this.unmatched = List.copyOf(unmatched);
        this.suggestions = List.copyOf(suggestions);
    }

    /** The query as given. */
    public String query() {
        return query;
    }

    /** The words of a query that matched in part that named nothing; empty when nothing matched. */
    public List<String> unmatched() {
        return unmatched;
    }

    /** The closest goal, project and skill names, best first. */
    public List<String> suggestions() {
        return suggestions;
    }
}
