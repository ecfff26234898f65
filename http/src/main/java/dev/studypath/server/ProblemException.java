package dev.studypath.server;

import dev.studypath.engine.model.Message;
import java.util.Locale;

/**
 * A failure the server answers with a status of its own choosing and a sentence of its bundle: no such
 * project (404), a media type it cannot give (406) or read (415), a query string too long (414), a body
 * too large (413).
 */
final class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient Message detail;

    ProblemException(int status, String key, Object... arguments) {
        this(status, Messages.line(key, arguments));
    }

    private ProblemException(int status, Message detail) {
        super(detail.describe(Locale.ENGLISH));
        if (status < 400 || status > 499) {
            throw new IllegalArgumentException("a problem of the client's is a 4xx status, was " + status);
        }
        this.status = status;
        this.detail = detail;
    }

    int status() {
        return status;
    }

    String detail(Locale language) {
        return detail.describe(language);
    }
}
