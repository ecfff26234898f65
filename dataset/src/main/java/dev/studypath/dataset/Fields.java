package dev.studypath.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.studypath.engine.model.Message;
import dev.studypath.engine.model.Problem;
import dev.studypath.engine.model.Text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.DoublePredicate;
import java.util.function.Supplier;

/**
 * One JSON object, read field by field. Accessors record a problem instead of throwing and then
 * return null (a list of the wrong JSON type too; a list's wrong elements are null in it), so one pass
 * finds every problem in a file. {@link #build} runs a record's constructor; when something in the
 * object was wrong, the reader gives neutral values ({@link #or}) for wrong scalars and the record is
 * built only to let the catalog-wide checks (references, cycles) run on a file that is still readable:
 * a file with any problem never yields a catalog. An overload with a fallback reads an optional field.
 */
final class Fields {

    /** Reads one JSON value found at a pointer; returns null after recording a problem. */
    interface Element<T> extends BiFunction<JsonNode, Pointer, T> {
    }

    /** The dataset's bundle: its sentences about catalog files, English in the base file. */
    static final String BUNDLE = "dev.studypath.dataset.messages";
    private static final Set<String> TEXT = Set.of("en", "zh");

    private final JsonNode node;
    private final Pointer pointer;
    private final Set<String> names;
    private final List<Problem> problems;
    private final Strings strings;
    private final int problemsBefore;

    /**
     * One instance per distinct id or reference of a file, so that the many copies of an id (each
     * prerequisite, stage entry and goal names one) share their characters in the loaded catalog.
     */
    static final class Strings {

        /** Longer strings are seldom repeated; they are kept as read. */
        private static final int MAX_SHARED_LENGTH = 64;

        // Open addressing with the hashes beside the strings: a file has a million references.
        private String[] table = new String[1 << 12];
        private int[] hashes = new int[1 << 12];
        private int count;
        /** Prose in English only recurs too (a synthetic catalog's reasons): one text per shared string. */
        private final Map<String, Text> english = new HashMap<>();

        /** An English-only text, the same instance for each shared string. */
        Text english(String value) {
            String shared = share(value);
            return shared.length() > MAX_SHARED_LENGTH ? Text.of(shared)
                    : english.computeIfAbsent(shared, Text::of);
        }

        /** The first string equal to {@code value} that was shared; null for null. */
        String share(String value) {
            if (value == null || value.isEmpty() || value.length() > MAX_SHARED_LENGTH) {
                return value;
            }
            int hash = value.hashCode();
            int mask = table.length - 1;
            for (int i = slot(hash, mask); ; i = (i + 1) & mask) {
                String known = table[i];
                if (known == null) {
                    table[i] = value;
                    hashes[i] = hash;
                    if (++count * 2 > table.length) {
                        grow();
                    }
                    return value;
                }
                if (hashes[i] == hash && known.equals(value)) {
                    return known;
                }
            }
        }

        private static int slot(int hash, int mask) {
            return (hash * 0x9E3779B9 >>> 7) & mask;
        }

        private void grow() {
            String[] oldTable = table;
            int[] oldHashes = hashes;
            table = new String[oldTable.length * 2];
            hashes = new int[oldTable.length * 2];
            int mask = table.length - 1;
            for (int k = 0; k < oldTable.length; k++) {
                if (oldTable[k] != null) {
                    int i = slot(oldHashes[k], mask);
                    while (table[i] != null) {
                        i = (i + 1) & mask;
                    }
                    table[i] = oldTable[k];
                    hashes[i] = oldHashes[k];
                }
            }
        }
    }

    /**
     * Starts reading {@code value} at {@code pointer}, an object whose fields may only be {@code names};
     * reports every other field and, when {@code value} is no object, that alone.
     */
    Fields(JsonNode value, Pointer pointer, Set<String> names, List<Problem> problems, Strings strings) {
        this.pointer = pointer;
        this.names = names;
        this.problems = problems;
        this.strings = strings;
        this.problemsBefore = problems.size();
        if (!value.isObject()) {
            problems.add(new Problem(pointer.toString(), message("field.notObject", kind(value))));
            this.node = MissingNode.getInstance();
            return;
        }
        this.node = value;
        for (Iterator<String> it = value.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!names.contains(name)) {
                problems.add(new Problem(at(name).toString(), message("field.unknown", name)));
            }
        }
    }

    /**
     * The record {@code constructor} makes. When something in this object was wrong, the record is only
     * a stand-in for the catalog-wide checks, and null where a value it needs could not be read (a null
     * in a list or a field without a neutral value: the constructor throws).
     */
    <T> T build(Supplier<T> constructor) {
        if (problems.size() == problemsBefore) {
            return constructor.get();
        }
        try {
            return constructor.get();
        } catch (NullPointerException | IllegalArgumentException unreadable) {
            return null;
        }
    }

    /**
     * {@code value}, or {@code neutral} where it was wrong (null): a stand-in that lets the catalog-wide
     * checks run past a value out of range, in a file that is refused anyway.
     */
    static <T> T or(T value, T neutral) {
        return value == null ? neutral : value;
    }

    /** Records a problem with field {@code name}: the dataset's message {@code key}. */
    void problem(String name, String key, Object... arguments) {
        problems.add(new Problem(at(name).toString(), message(key, arguments)));
    }

    /** The dataset bundle's message {@code key}: the dataset's sentences about catalog files, in both languages. */
    static Message message(String key, Object... arguments) {
        return Message.in(BUNDLE, key, arguments);
    }

    String id(String name) {
        String id = string(name);
        if (id != null && (id.isBlank() || id.chars().anyMatch(Character::isWhitespace))) {
            problem(name, "field.id", id);
            return null;
        }
        return strings.share(id);
    }

    /** A string field whose value names something (an id) or recurs across the file; shared. */
    String reference(String name) {
        return strings.share(string(name));
    }

    /** A list of strings that name things or recur across the file; each shared. */
    List<String> references(String name) {
        return list(name, (value, at) -> strings.share(string(value, at)));
    }

    String string(String name) {
        return required(name, this::string);
    }

    String string(String name, String fallback) {
        return optional(name, this::string, fallback);
    }

    Boolean bool(String name, boolean fallback) {
        return optional(name, (value, at) -> value.isBoolean() ? Boolean.valueOf(value.booleanValue())
                : fail(at, message("field.notBoolean", kind(value))), fallback);
    }

    /** A whole number in {@code min..max}. */
    Integer integer(String name, int min, int max) {
        Long value = required(name, (node, at) -> integer(node, at, min, max));
        return value == null ? null : value.intValue();
    }

    /** An optional whole number of at least 0, 0 when absent. */
    Long count(String name) {
        return optional(name, this::count, 0L);
    }

    /** A whole number of at least 0. */
    Long count(JsonNode value, Pointer at) {
        return integer(value, at, 0, Long.MAX_VALUE);
    }

    /** An optional whole number in {@code min..max}, {@code fallback} when absent. */
    Integer integer(String name, int min, int max, int fallback) {
        Long value = optional(name, (node, at) -> integer(node, at, min, max), (long) fallback);
        return value == null ? null : value.intValue();
    }

    /** Whether the object has the field {@code name}. */
    boolean has(String name) {
        return field(name) != null;
    }

    /** A finite number that passes {@code rule}, which {@code ruleText} states. */
    Double number(String name, DoublePredicate rule, Message ruleText) {
        return required(name, (node, at) -> number(node, at, rule, ruleText));
    }

    Double number(String name, DoublePredicate rule, Message ruleText, double fallback) {
        return optional(name, (node, at) -> number(node, at, rule, ruleText), fallback);
    }

    /** One of the constants of {@code type}, written in lower case. */
    <E extends Enum<E>> E choice(String name, Class<E> type) {
        return required(name, (value, at) -> {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().toLowerCase(Locale.ROOT).equals(value.textValue())) {
                    return constant;
                }
            }
            return fail(at, message("field.oneOf", new Message.Choices(Arrays.stream(type.getEnumConstants())
                    .map(constant -> constant.name().toLowerCase(Locale.ROOT)).toList()), show(value)));
        });
    }

    Text text(String name) {
        return required(name, this::text);
    }


    /** A required field read by {@code element}. */
    <T> T required(String name, Element<T> element) {
        JsonNode value = field(name);
        if (value == null) {
            if (!node.isMissingNode()) {
                problems.add(new Problem(pointer.toString(), message("field.missing", name)));
            }
            return null;
        }
        return element.apply(value, at(name));
    }

    <T> T optional(String name, Element<T> element, T fallback) {
        JsonNode value = field(name);
        return value == null ? fallback : element.apply(value, at(name));
    }

    /** An optional array, empty when absent, null when it is no array. */
    <T> List<T> list(String name, Element<T> element) {
        return optional(name, (value, at) -> list(value, at, element), List.of());
    }

    <T> List<T> requiredList(String name, Element<T> element) {
        return required(name, (value, at) -> list(value, at, element));
    }

    List<String> strings(String name) {
        return list(name, this::string);
    }

    List<String> requiredStrings(String name) {
        return requiredList(name, this::string);
    }

    /** A text: an object with "en", "zh" or both, each not blank. */
    Text text(JsonNode value, Pointer at) {
        Fields fields = new Fields(value, at, TEXT, problems, strings);
        if (!value.isObject()) {
            return null;
        }
        if (!value.has("en") && !value.has("zh")) {
            problems.add(new Problem(at.toString(), message("field.noLanguage")));
            return null;
        }
        String en = fields.language("en");
        String zh = fields.language("zh");
        return fields.build(() -> new Text(en, zh));
    }

    /** A text of the prose kind: a string (English) or a text object ({@link #text(JsonNode, Pointer)}). */
    Text prose(JsonNode value, Pointer at) {
        if (!value.isTextual()) {
            return value.isObject() ? text(value, at) : fail(at, message("field.notProse", kind(value)));
        }
        return notBlank(value.textValue(), at) == null ? null : strings.english(value.textValue());
    }

    Text prose(String name, Text fallback) {
        return optional(name, this::prose, fallback);
    }

    List<Text> proses(String name) {
        return list(name, this::prose);
    }

    private String language(String name) {
        return optional(name, (value, at) -> {
            String text = string(value, at);
            return text == null ? null : notBlank(text, at);
        }, "");
    }

    private String notBlank(String text, Pointer at) {
        return text.isBlank() ? fail(at, message("field.blank", text)) : text;
    }

    private JsonNode field(String name) {
        assert names.contains(name) : name + " is not a declared field";
        return node.get(name);
    }

    private Pointer at(String name) {
        return pointer.field(name);
    }

    private <T> List<T> list(JsonNode value, Pointer at, Element<T> element) {
        if (!value.isArray()) {
            return fail(at, message("field.notArray", kind(value)));
        }
        List<T> list = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            list.add(element.apply(value.get(i), at.index(i)));
        }
        return list;
    }

    private String string(JsonNode value, Pointer at) {
        return value.isTextual() ? value.textValue() : fail(at, message("field.notString", kind(value)));
    }

    private Long integer(JsonNode value, Pointer at, long min, long max) {
        if (!value.isNumber() || !value.canConvertToExactIntegral()) {
            return fail(at, message("field.notInteger", value.isNumber() ? value.asText() : kind(value)));
        }
        if (!value.canConvertToLong() || value.longValue() < min || value.longValue() > max) {
            return fail(at, message("field.was", max == Long.MAX_VALUE || max == Integer.MAX_VALUE
                    ? message("rule.atLeast", String.valueOf(min)) : message("rule.between", String.valueOf(min),
                    String.valueOf(max)), value.asText()));
        }
        return value.longValue();
    }

    private Double number(JsonNode value, Pointer at, DoublePredicate rule, Message ruleText) {
        if (!value.isNumber()) {
            return fail(at, message("field.notNumber", kind(value)));
        }
        double number = value.doubleValue();
        if (!Double.isFinite(number)) {
            return fail(at, message("field.notFinite", value.asText()));
        }
        return rule.test(number) ? Double.valueOf(number) : fail(at, message("field.was", ruleText, value.asText()));
    }

    private <T> T fail(Pointer at, Message message) {
        problems.add(new Problem(at.toString(), message));
        return null;
    }

    /** A value's JSON type, with its article: "a string", "an array", "null". */
    private static Message kind(JsonNode value) {
        return message(switch (value.getNodeType()) {
            case ARRAY -> "kind.array";
            case BOOLEAN -> "kind.boolean";
            case NUMBER -> "kind.number";
            case OBJECT -> "kind.object";
            case STRING -> "kind.string";
            default -> "kind.null";
        });
    }

    /** A scalar as the file spells it ('text', 3, true); a container by its kind. */
    private static Object show(JsonNode value) {
        return value.isTextual() ? message("quoted", value.textValue()) : value.isContainerNode() ? kind(value)
                : value.asText();
    }
}
