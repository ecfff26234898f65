package dev.studypath.server;

import dev.studypath.engine.model.Message;
import java.text.MessageFormat;
import java.util.Locale;

/**
 * The server's own sentences (problem titles and details, its parameter errors), from the bundle
 * {@code dev/studypath/server/messages.properties} (English) and {@code messages_zh.properties}
 * (Chinese): {@link MessageFormat} patterns, numbers formatted by the pattern.
 */
final class Messages {

    static final String BUNDLE = "dev.studypath.server.messages";

    private Messages() {
    }

    /** The sentence {@code key} in {@code language}, with its arguments, rendered as {@link Message} renders. */
    static String get(Locale language, String key, Object... arguments) {
        return line(key, arguments).describe(language);
    }

    /** Whether the bundle has {@code key}. */
    static boolean has(String key) {
        return Message.bundle(BUNDLE, Locale.ENGLISH).containsKey(key);
    }

    /**
     * A sentence as data, rendered when the answer's language is known: a message of the server's bundle,
     * refused at once when the bundle has no such key.
     */
    static Message line(String key, Object... arguments) {
        if (!has(key)) {
            throw new IllegalArgumentException("no message '" + key + "' in " + BUNDLE);
        }
        return Message.in(BUNDLE, key, arguments);
    }
}
