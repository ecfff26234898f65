package dev.studypath.server;

import com.fasterxml.jackson.core.StreamReadConstraints;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Collection;

/**
 * The bounds on what one request may ask of the server, so that no request, however hostile, costs
 * more than a small, known amount of memory and time. Each is documented in the README's
 * reliability section and has a test in {@code LimitsTest}.
 */
final class Limits {

    /** The longest query string, in characters (after the {@code ?}); a longer one gets 414. */
    static final int MAX_QUERY_CHARS = 4096;
    /** The most entries in one list: a list parameter, {@code completed}, {@code known} or {@code timeOff}. */
    static final int MAX_LIST_ITEMS = 100;
    /** The most events in a body's {@code progress}: about three per project of a large catalog. */
    static final int MAX_PROGRESS_EVENTS = 1000;
    /** The longest project or skill id, in characters. */
    static final int MAX_ID_CHARS = 100;
    /** The deepest nesting of arrays and objects in a request body; ours need 3. */
    static final int MAX_JSON_DEPTH = 16;
    /** The longest string in a request body, in characters, and the longest property name. */
    static final int MAX_JSON_STRING_CHARS = 1000;
    /** The longest number in a request body, in characters. */
    static final int MAX_JSON_NUMBER_CHARS = 100;

    /** What the request bodies' parser refuses, checked while it reads. */
    static final StreamReadConstraints JSON = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_JSON_DEPTH)
            .maxStringLength(MAX_JSON_STRING_CHARS)
            .maxNameLength(MAX_JSON_STRING_CHARS)
            .maxNumberLength(MAX_JSON_NUMBER_CHARS)
            .maxDocumentLength(Server.MAX_BODY_BYTES)
            .build();

    private Limits() {
    }

    /**
     * Refuses a query string longer than {@value #MAX_QUERY_CHARS} characters.
     *
     * @throws ProblemException 414 URI Too Long
     */
    static void checkQuery(Context ctx) {
        String query = ctx.queryString();
        if (query != null && query.length() > MAX_QUERY_CHARS) {
            throw new ProblemException(HttpStatus.URI_TOO_LONG.getCode(), "query.tooLong", MAX_QUERY_CHARS,
                    query.length());
        }
    }

    /**
     * Checks a list of ids: at most {@code max} of them, none longer than {@value #MAX_ID_CHARS}.
     *
     * @return {@code ids}
     * @throws BadInputException naming {@code field} when it breaks a limit
     */
    static <T extends Collection<String>> T requireIds(String field, T ids, int max) {
        requireSize(field, ids, max);
        int i = 0;
        for (String id : ids) {
            requireId(field + "[" + i++ + "]", id);
        }
        return ids;
    }

    /** Checks the size of a body's list or map. */
    static void requireSize(String field, Collection<?> items, int max) {
        if (items.size() > max) {
            throw BadInputException.field(field, "field.tooMany", max, items.size());
        }
    }

    /** Checks one id: present, and at most {@value #MAX_ID_CHARS} characters. */
    static String requireId(String field, String id) {
        if (id == null) {
            throw BadInputException.field(field, "field.notString");
        }
        if (id.length() > MAX_ID_CHARS) {
            throw BadInputException.field(field, "id.tooLong", MAX_ID_CHARS, id.length());
        }
        return id;
    }
}
