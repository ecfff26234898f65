package dev.studypath.server;

import java.util.Objects;

/** A query parameter the endpoint does not take or cannot read. */
final class BadParameterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String parameter;
    private final String detail;

    BadParameterException(String parameter, String detail) {
        super(Objects.requireNonNull(parameter, "parameter") + ": " + Objects.requireNonNull(detail, "detail"));
        this.parameter = parameter;
        this.detail = detail;
    }

    String parameter() {
        return parameter;
    }

    String detail() {
        return detail;
    }
}
