package dev.studypath.cli;

import dev.studypath.format.Words;
import java.util.Locale;

/**
 * Bad input that the command line itself finds (a date that does not exist, a day in the future, a
 * profile file it cannot read): a key of the bundle {@code dev.studypath.format.messages} with its
 * arguments, so that the one line on standard error is in the answer's language. The key's pattern
 * names the option or parameter at fault itself ("--on: ..."). {@link #getMessage()} is the English.
 */
final class CliInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] arguments;

    CliInputException(String key, Object... arguments) {
        this(null, key, arguments);
    }

    CliInputException(Throwable cause, String key, Object... arguments) {
        super(Words.of(Locale.ENGLISH).get(key, arguments), cause);
        this.key = key;
        this.arguments = arguments.clone();
    }

    /** The message in {@code locale}'s language. */
    String describe(Locale locale) {
        return Words.of(locale).get(key, arguments);
    }
}
