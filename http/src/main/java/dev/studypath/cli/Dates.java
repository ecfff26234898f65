package dev.studypath.cli;

import dev.studypath.engine.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Dates on the command line: the one place it reads the clock, and the one way it reads a date. */
final class Dates {

    private Dates() {
    }

    /** Today, in the system's time zone. */
    static LocalDate today() {
        return LocalDate.now();
    }

    /**
     * {@code value} as an ISO date, or today when it is absent.
     *
     * @throws InvalidInputException naming {@code field} when it is not a date
     */
    static LocalDate parseOrToday(String field, String value) {
        if (value == null) {
            return today();
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "expected a date YYYY-MM-DD, was '" + value + "'");
        }
    }
}
