package dev.studypath.engine;

/**
 * A request the engine cannot answer because of what it was asked: an unknown goal, an unknown id,
 * a value out of range. Its message says what was wrong, in one line, fit to show a user.
 */
public abstract sealed class StudypathException extends RuntimeException
        permits UnknownGoalException, InvalidInputException {

    private static final long serialVersionUID = 1L;

    StudypathException(String message) {
        super(message);
    }

    /** The message in {@code locale}'s language: English or Chinese. {@link #getMessage()} is the English. */
    public String describe(java.util.Locale locale) {
        return getMessage();
    }
}
