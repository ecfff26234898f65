package dev.studypath.cli;

import dev.studypath.engine.InvalidInputException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
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
        return parse(field, value);
    }

    /**
     * {@code value} as an ISO date.
     *
     * @throws InvalidInputException naming {@code field} when it is not a date, or not a day of the calendar
     */
    static LocalDate parse(String field, String value) {
        String date = value.strip();
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            if (date.matches("\\d{4}-\\d{2}-\\d{2}")) {
                int month = Integer.parseInt(date.substring(5, 7));
                if (month >= 1 && month <= 12) {
                    YearMonth yearMonth = YearMonth.of(Integer.parseInt(date.substring(0, 4)), month);
                    throw new InvalidInputException(field, "the day " + date + " does not exist: "
                            + yearMonth.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                            + yearMonth.getYear() + " has " + yearMonth.lengthOfMonth() + " days");
                }
                throw new InvalidInputException(field, "the day " + date + " does not exist: a month is 01-12");
            }
            throw new InvalidInputException(field, "expected a date YYYY-MM-DD, was '" + value + "'");
        }
    }
}
