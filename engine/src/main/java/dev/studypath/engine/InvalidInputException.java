package dev.studypath.engine;

import java.util.Objects;

/** An input value the engine refuses, naming the field and the value. */
public final class InvalidInputException extends StudypathException {

    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * @param field  the input's name, as the user wrote it ("hoursPerWeek", "completed")
     * @param detail what is wrong, including the value ("must be between 1 and 80, was 100")
     */
    public InvalidInputException(String field, String detail) {
        super(Objects.requireNonNull(field, "field") + ": " + Objects.requireNonNull(detail, "detail"));
        this.field = field;
    }

    /** The name of the input that is wrong. */
    public String field() {
        return field;
    }
}
