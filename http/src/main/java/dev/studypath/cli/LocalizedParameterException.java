package dev.studypath.cli;

import dev.studypath.format.Words;
import java.util.Locale;
import picocli.CommandLine;

/** A usage error the command line raises itself, with its message from the bundle; {@link #getMessage()} is the English. */
final class LocalizedParameterException extends CommandLine.ParameterException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] arguments;

    LocalizedParameterException(CommandLine command, String key, Object... arguments) {
        super(command, Words.of(Locale.ENGLISH).get(key, arguments));
        this.key = key;
        this.arguments = arguments.clone();
    }

    /** The message in {@code locale}'s language. */
    String describe(Locale locale) {
        return Words.of(locale).get(key, arguments);
    }
}
