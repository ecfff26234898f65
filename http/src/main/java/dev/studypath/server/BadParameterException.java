package dev.studypath.server;

import java.util.Locale;
import java.util.Objects;

/** A query parameter the endpoint does not take or cannot read. */
final class BadParameterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String parameter;
    private final transient Messages.Line detail;

    /**
     * @param parameter the parameter's name
     * @param key       the key of what is wrong in the server's bundle ({@link Messages})
     * @param arguments the pattern's arguments, including the value
     */
    BadParameterException(String parameter, String key, Object... arguments) {
        this(parameter, Messages.Line.of(key, arguments));
    }

    private BadParameterException(String parameter, Messages.Line detail) {
        super(Objects.requireNonNull(parameter, "parameter") + ": " + detail.in(Locale.ENGLISH));
        this.parameter = parameter;
        this.detail = detail;
    }

    String parameter() {
        return parameter;
    }

    /** What is wrong, in {@code language}. */
    String detail(Locale language) {
        return detail.in(language);
    }
}
