package dev.studypath.server;

import dev.studypath.engine.model.Message;
import java.util.Locale;
import java.util.Objects;

/**
 * An input the server itself refuses before the engine sees it: a query parameter the endpoint does not
 * take or cannot read, or a body field over a limit, null or naming an unknown project. A field is named
 * like an engine field ({@code progress[2]}, {@code known[async]}), so that {@link Problems} points into
 * the body the same way for both.
 */
final class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final boolean parameter;
    private final transient Message detail;

    private BadInputException(String name, boolean parameter, Message detail) {
        super(Objects.requireNonNull(name, "name") + ": " + detail.describe(Locale.ENGLISH));
        this.name = name;
        this.parameter = parameter;
        this.detail = detail;
    }

    /**
     * A query parameter refused.
     *
     * @param key       the key of what is wrong in the server's bundle ({@link Messages})
     * @param arguments the pattern's arguments, including the value
     */
    static BadInputException parameter(String name, String key, Object... arguments) {
        return new BadInputException(name, true, Messages.line(key, arguments));
    }

    /** A body field refused, named as the engine names its inputs; see {@link #parameter} for the rest. */
    static BadInputException field(String name, String key, Object... arguments) {
        return new BadInputException(name, false, Messages.line(key, arguments));
    }

    /** The parameter's or the field's name. */
    String name() {
        return name;
    }

    /** Whether it is a query parameter rather than a body field. */
    boolean parameter() {
        return parameter;
    }

    /** What is wrong, in {@code language}. */
    String detail(Locale language) {
        return detail.describe(language);
    }
}
