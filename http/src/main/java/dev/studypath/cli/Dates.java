package dev.studypath.cli;

import java.time.LocalDate;
import java.time.YearMonth;
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
     * @throws CliInputException naming {@code option} when it is not a date
     */
    static LocalDate parseOrToday(String option, String value) {
        if (value == null) {
            return today();
        }
        return parse(option, value);
    }

    /**
     * {@code value} as an ISO date.
     *
     * @throws CliInputException naming {@code option} when it is not a date, or not a day of the calendar
     */
    static LocalDate parse(String option, String value) {
        String date = value.strip();
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            if (date.matches("\\d{4}-\\d{2}-\\d{2}")) {
                int month = Integer.parseInt(date.substring(5, 7));
                if (month >= 1 && month <= 12) {
                    YearMonth yearMonth = YearMonth.of(Integer.parseInt(date.substring(0, 4)), month);
                    throw new CliInputException("cli.date.noSuchDay", option, date, month,
                            String.valueOf(yearMonth.getYear()), yearMonth.lengthOfMonth());
                }
                throw new CliInputException("cli.date.noSuchMonth", option, date);
            }
            throw new CliInputException("cli.date.invalid", option, value);
        }
    }
}
