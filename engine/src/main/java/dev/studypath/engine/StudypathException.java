package dev.studypath.engine;

import dev.studypath.engine.model.Message;
import java.util.Locale;

/**
 * A request the engine cannot answer because of what it was asked: an unknown goal, an unknown id,
 * a value out of range. Its message says what was wrong, in one line, fit to show a user:
 * {@link #getMessage()} in English, {@link #describe(Locale)} in English or Chinese.
 */
public abstract sealed class StudypathException extends RuntimeException
        permits UnknownGoalException, InvalidInputException {

    private static final long serialVersionUID = 1L;

    private final transient Message message;

    StudypathException(Message message) {
        super(message.describe(Locale.ENGLISH));
        this.message = message;
    }

    /** The message in {@code locale}'s language: English or Chinese. */
    public String describe(Locale locale) {
        return message.describe(locale);
    }
}
