package dev.studypath.server;

import dev.studypath.engine.model.Message;
import java.text.MessageFormat;
import java.util.List;
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

    /** The sentence {@code key} in {@code language}, with its arguments; a list argument is joined the language's way. */
    static String get(Locale language, String key, Object... arguments) {
        Locale locale = Message.language(language);
        Object[] values = arguments.clone();
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Or or) {
                values[i] = String.join(get(locale, "list.or"), or.names());
            } else if (values[i] instanceof List<?> items) {
                values[i] = Message.list(items, locale);
            }
        }
        return new MessageFormat(Message.bundle(BUNDLE, locale).getString(key), locale).format(values);
    }

    /** Whether the bundle has {@code key}. */
    static boolean has(String key) {
        return Message.bundle(BUNDLE, Locale.ENGLISH).containsKey(key);
    }

    /** An argument that lists alternatives: names, such as media types, joined by the language's "or". */
    record Or(List<String> names) {

        Or {
            names = List.copyOf(names);
        }
    }

    /**
     * A sentence as data: a key of the server's bundle and its arguments, rendered when the answer's
     * language is known.
     */
    record Line(String key, List<Object> arguments) {

        Line {
            if (!has(key)) {
                throw new IllegalArgumentException("no message '" + key + "' in " + BUNDLE);
            }
            arguments = List.copyOf(arguments);
        }

        static Line of(String key, Object... arguments) {
            return new Line(key, List.of(arguments));
        }

        String in(Locale language) {
            return get(language, key, arguments.toArray());
        }
    }
}
