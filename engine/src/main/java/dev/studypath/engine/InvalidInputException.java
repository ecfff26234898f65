package dev.studypath.engine;

import dev.studypath.engine.model.Message;
import java.util.Locale;
import java.util.Objects;

/** An input value the engine refuses, naming the field and the value. */
public final class InvalidInputException extends StudypathException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final transient Message detail;

    /**
     * @param field     the input's name, as the user wrote it ("hoursPerWeek", "completed")
     * @param key       the engine bundle's key of what is wrong, including the value ("must be between 1
     *                  and 80, was 100")
     * @param arguments the key's arguments
     */
    InvalidInputException(String field, String key, Object... arguments) {
        this(field, Message.of(key, arguments));
    }

    /** An input refused for {@code detail}, a message of the engine's bundle. */
    InvalidInputException(String field, Message detail) {
        super(Message.of("input", Objects.requireNonNull(field, "field"), detail));
        this.field = field;
        this.detail = detail;
    }

    /** The name of the input that is wrong. */
    public String field() {
        return field;
    }

    /** What is wrong, without the field's name, in {@code locale}'s language. */
    public String detail(Locale locale) {
        return detail.describe(locale);
    }
}
