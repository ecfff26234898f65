package dev.studypath.server;

import java.util.Locale;
import java.util.Objects;

/**
 * A request body's field that the server itself refuses (over a limit, null, an unknown project in the
 * progress), before the engine sees it. Named like an engine field ({@code progress[2]}, {@code known[async]}),
 * so that {@link Problems} points into the body the same way for both.
 */
final class BadFieldException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final transient Messages.Line detail;

    /**
     * @param field     the field, as the engine names its inputs
     * @param key       the key of what is wrong in the server's bundle ({@link Messages})
     * @param arguments the pattern's arguments, including the value
     */
    BadFieldException(String field, String key, Object... arguments) {
        this(field, Messages.Line.of(key, arguments));
    }

    private BadFieldException(String field, Messages.Line detail) {
        super(Objects.requireNonNull(field, "field") + ": " + detail.in(Locale.ENGLISH));
        this.field = field;
        this.detail = detail;
    }

    String field() {
        return field;
    }

    /** What is wrong, in {@code language}. */
    String detail(Locale language) {
        return detail.in(language);
    }
}
