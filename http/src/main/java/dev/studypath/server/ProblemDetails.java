package dev.studypath.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}).
 *
 * @param type        a URI naming the kind of problem; {@code about:blank} when the status says it all
 * @param title       a short summary of the kind of problem
 * @param status      the HTTP status code
 * @param detail      what went wrong in this request, in one line
 * @param errors      for a validation failure, each bad input with its message; otherwise empty
 * @param suggestions for an unknown goal, the closest names the catalog knows; otherwise empty
 * @param line        for malformed JSON, the 1-based line of the error; otherwise null
 * @param column      for malformed JSON, the 1-based column of the error; otherwise null
 * @param errorId     for an unexpected failure, the id under which it is logged; otherwise null
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record ProblemDetails(String type, String title, int status, String detail, List<InputError> errors,
                      List<String> suggestions, Integer line, Integer column, String errorId) {

    static final String MEDIA_TYPE = "application/problem+json";

    ProblemDetails {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(detail, "detail");
        errors = List.copyOf(errors);
        suggestions = List.copyOf(suggestions);
    }

    /** A problem with no extension members. */
    static ProblemDetails of(String type, String title, int status, String detail) {
        return new ProblemDetails(type, title, status, detail, List.of(), List.of(), null, null, null);
    }

    /**
     * One bad input: a query parameter by name, or a part of the JSON body by JSON pointer (RFC 6901).
     * Exactly one of the two is set.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record InputError(String parameter, String pointer, String message) {

        InputError {
            if ((parameter == null) == (pointer == null)) {
                throw new IllegalArgumentException("an input error names a parameter or a pointer, not both: "
                        + parameter + ", " + pointer);
            }
            Objects.requireNonNull(message, "message");
        }

        static InputError parameter(String name, String message) {
            return new InputError(name, null, message);
        }

        static InputError pointer(String pointer, String message) {
            return new InputError(null, pointer, message);
        }
    }
}
