package dev.studypath.engine.model;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A sentence of the engine's own (a reason, an omission, an error), as data: a key of the engine's
 * message bundle and its arguments. {@link #describe(Locale)} renders it in English or Chinese with
 * {@link MessageFormat}; a {@link Text} argument is given in that language, a list argument is joined
 * the language's way ("a, b and c", "a、b 和 c").
 *
 * @param bundle    the base name of the bundle that holds the key: the engine's, or another module's
 *                  (the dataset's messages about catalog files), so each module keeps its own sentences
 * @param key       the bundle key
 * @param arguments the values the pattern refers to as {0}, {1}, ...
 */
public record Message(String bundle, String key, List<Object> arguments) {

    /** The engine's bundle: English in the base file, one file per other language. */
    public static final String ENGINE = "dev.studypath.engine.messages";
    static final String BUNDLE = ENGINE;

    public Message {
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
    }

    /** A message of the engine's bundle with these arguments. */
    public static Message of(String key, Object... arguments) {
        return new Message(ENGINE, key, List.of(arguments));
    }

    /** A message of the bundle {@code bundle} with these arguments. */
    public static Message in(String bundle, String key, Object... arguments) {
        return new Message(bundle, key, List.of(arguments));
    }

    /** The message in {@code locale}'s language: Chinese for any Chinese locale, English otherwise. */
    public String describe(Locale locale) {
        Locale language = language(locale);
        ResourceBundle patterns = bundle(bundle, language);
        Object[] values = new Object[arguments.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value(arguments.get(i), language);
        }
        return new MessageFormat(patterns.getString(key), language).format(values);
    }

    /** {@code message}, followed by "did you mean: a, b?" when there are {@code suggestions}. */
    public static Message didYouMean(Message message, List<String> suggestions) {
        return suggestions.isEmpty() ? message : of("didYouMean", message, new Choices(suggestions));
    }

    /** The English rendering. */
    @Override
    public String toString() {
        return describe(Locale.ENGLISH);
    }

    /** The languages studypath speaks: {@link Locale#CHINESE} for any Chinese locale, else {@link Locale#ENGLISH}. */
    public static Locale language(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? Locale.CHINESE : Locale.ENGLISH;
    }

    /**
     * The bundle {@code name} in {@code language}, from the base file for English: never from the
     * machine's default locale, so an English answer on a Chinese machine stays English.
     */
    public static ResourceBundle bundle(String name, Locale language) {
        return ResourceBundle.getBundle(name, language(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** "a", "a and b", "a, b and c" in English; "a"、"a 和 b"、"a、b 和 c" in Chinese. */
    public static String list(List<?> items, Locale locale) {
        Locale language = language(locale);
        List<String> texts = new ArrayList<>(items.size());
        items.forEach(item -> texts.add(String.valueOf(value(item, language))));
        if (texts.size() <= 1) {
            return String.join("", texts);
        }
        ResourceBundle bundle = bundle(BUNDLE, language);
        return String.join(bundle.getString("list.separator"), texts.subList(0, texts.size() - 1))
                + bundle.getString("list.last") + texts.get(texts.size() - 1);
    }

    /**
     * Items offered as alternatives ("did you mean: a, b, c?"): joined by the language's comma only,
     * where a {@link List} argument reads "a, b and c".
     *
     * @param items the items, each rendered as an argument is
     */
    public record Choices(List<?> items) {

        public Choices {
            items = List.copyOf(items);
        }
    }

    /**
     * Items of which one is meant ("answers with a or b"): joined by the language's "or".
     *
     * @param items the items, each rendered as an argument is
     */
    public record Either(List<?> items) {

        public Either {
            items = List.copyOf(items);
        }
    }

    private static Object value(Object argument, Locale language) {
        if (argument instanceof Choices choices) {
            return joined(choices.items(), "list.separator", language);
        }
        if (argument instanceof Either either) {
            return joined(either.items(), "list.or", language);
        }
        if (argument instanceof Text text) {
            return text.in(language);
        }
        if (argument instanceof Message message) {
            return message.describe(language);
        }
        if (argument instanceof List<?> items) {
            return list(items, language);
        }
        return argument;
    }

    /** The items, each rendered as an argument is, joined by the engine bundle's {@code separatorKey}. */
    private static String joined(List<?> items, String separatorKey, Locale language) {
        List<String> texts = new ArrayList<>(items.size());
        items.forEach(item -> texts.add(String.valueOf(value(item, language))));
        return String.join(bundle(BUNDLE, language).getString(separatorKey), texts);
    }
}
