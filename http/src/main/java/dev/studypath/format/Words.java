package dev.studypath.format;

import dev.studypath.engine.model.Message;
import dev.studypath.engine.model.Range;
import dev.studypath.engine.model.Text;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The sentences of the command line and the text formats in one language, from the bundle
 * {@code dev.studypath.format.messages} (English in the base file, Chinese in {@code _zh}). Patterns are
 * {@link MessageFormat}s; numbers are formatted by the patterns, from the values {@link #decimal} rounds
 * the way the answers always have (half up, on the shortest decimal form of a double). A {@link Text}
 * argument is given in the language, a {@link Message} described in it and a list joined as
 * {@link Message#list} joins it.
 */
public final class Words {

    /** The bundle's name. */
    public static final String BUNDLE = "dev.studypath.format.messages";

    private final Locale language;
    private final ResourceBundle bundle;

    private Words(Locale language) {
        this.language = language;
        this.bundle = Message.bundle(BUNDLE, language);
    }

    /** The words in {@code locale}'s language: Chinese for any Chinese locale, English otherwise. */
    public static Words of(Locale locale) {
        return new Words(Message.language(Objects.requireNonNull(locale, "locale")));
    }

    /** The language: {@link Locale#ENGLISH} or {@link Locale#CHINESE}. */
    public Locale locale() {
        return language;
    }

    /** Whether these are the Chinese words. */
    public boolean chinese() {
        return language.equals(Locale.CHINESE);
    }

    /** The pattern {@code key} with {@code arguments}, rendered as {@link Message} renders. */
    public String get(String key, Object... arguments) {
        return Message.in(BUNDLE, key, arguments).describe(language);
    }

    /** Whether the bundle has {@code key}. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** An enum constant's word: the key {@code prefix.constant} in lower case ("level.entry"). */
    public String word(String prefix, Enum<?> value) {
        return get(prefix + "." + value.name().toLowerCase(Locale.ROOT));
    }

    /** A catalog text in the language; where only the other language is given, that one with the bundle's marker. */
    public String prose(Text text) {
        return text.in(language) + (text.given(language) ? "" : get("text.otherLanguageOnly"));
    }

    /** Items joined the language's way ("a, b and c"). */
    public String list(List<?> items) {
        return Message.list(items, language);
    }

    /** A number with at most one decimal ({@code 2.5}, {@code 10}). */
    public String number(double value) {
        return get("number", BigDecimal.valueOf(Math.round(value * 10) / 10.0));
    }

    /** {@code 2-3}, {@code 12+}, or {@code 4} for a range with equal ends. */
    public String range(Range range) {
        if (range.openEnded()) {
            return get("range.open", number(range.min()));
        }
        String min = number(range.min());
        String max = number(range.max());
        return min.equals(max) ? min : get("range", min, max);
    }

    /**
     * {@code value} rounded half up to {@code scale} decimals, on its shortest decimal form: as
     * {@code String.format("%.2f")} rounds, for the patterns to format.
     */
    public static BigDecimal decimal(double value, int scale) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        return new BigDecimal(Double.toString(value)).setScale(scale, RoundingMode.HALF_UP);
    }
}
