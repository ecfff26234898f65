package dev.studypath.server;

import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The query parameters of one request, read for an endpoint that takes the given names and {@value #LANG},
 * which every endpoint takes; any other name is refused. Lists are comma-separated, may be repeated,
 * and ignore empty entries.
 */
final class Query {

    /** The answer's language, taken by every endpoint and read before the handler ({@link AnswerLanguage}). */
    static final String LANG = "lang";

    private final Map<String, List<String>> params;

    private Query(Map<String, List<String>> params) {
        this.params = params;
    }

    /** @throws BadInputException when the request has a parameter not in {@code names}, or one not percent-encoded right */
    static Query of(Context ctx, String... names) {
        Map<String, List<String>> params = parse(ctx.queryString());
        List<String> taken = new ArrayList<>(Arrays.asList(names));
        taken.add(LANG);
        for (String name : params.keySet()) {
            if (!taken.contains(name)) {
                throw BadInputException.parameter(name, "param.unknown", String.join(", ", taken));
            }
        }
        return new Query(params);
    }

    /**
     * The first value of a parameter, read leniently from a raw query string (a part that is not valid
     * percent-encoding is skipped: the handler refuses it later); null when it is missing.
     */
    static String peek(String query, String name) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        for (String pair : query.split("&")) {
            int at = pair.indexOf('=');
            try {
                if (URLDecoder.decode(at < 0 ? pair : pair.substring(0, at), StandardCharsets.UTF_8).equals(name)) {
                    return at < 0 ? "" : URLDecoder.decode(pair.substring(at + 1), StandardCharsets.UTF_8);
                }
            } catch (IllegalArgumentException e) {
                // not this parameter, or not readable: Query.of says so
            }
        }
        return null;
    }

    /** Splits a query string; unlike Javalin's, it refuses a value that is not valid percent-encoding. */
    private static Map<String, List<String>> parse(String query) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return params;
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int at = pair.indexOf('=');
            String name = decode(at < 0 ? pair : pair.substring(0, at), pair);
            String value = at < 0 ? "" : decode(pair.substring(at + 1), name);
            params.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return params;
    }

    private static String decode(String text, String parameter) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw BadInputException.parameter(parameter, "param.percentEncoding", text);
        }
    }

    /** The parameter's value, stripped; empty when it is missing. */
    String text(String name) {
        List<String> values = params.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw BadInputException.parameter(name, "param.repeated", values.size());
        }
        return values.isEmpty() ? "" : values.get(0).strip();
    }

    /**
     * The comma-separated values of every occurrence of the parameter.
     *
     * @throws BadInputException for more than {@value Limits#MAX_LIST_ITEMS} values, or one longer
     *                               than {@value Limits#MAX_ID_CHARS} characters
     */
    List<String> list(String name) {
        List<String> values = params.getOrDefault(name, List.of()).stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .toList();
        if (values.size() > Limits.MAX_LIST_ITEMS) {
            throw BadInputException.parameter(name, "param.tooManyValues", Limits.MAX_LIST_ITEMS, values.size());
        }
        for (String value : values) {
            if (value.length() > Limits.MAX_ID_CHARS) {
                throw BadInputException.parameter(name, "param.valueTooLong", Limits.MAX_ID_CHARS, value.length());
            }
        }
        return values;
    }

    OptionalInt integer(String name) {
        String value = text(name);
        try {
            return value.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(value));
        } catch (NumberFormatException e) {
            throw BadInputException.parameter(name, "param.wholeNumber", value);
        }
    }

    Optional<Double> number(String name) {
        String value = text(name);
        try {
            return value.isEmpty() ? Optional.empty() : Optional.of(Double.parseDouble(value));
        } catch (NumberFormatException e) {
            throw BadInputException.parameter(name, "param.number", value);
        }
    }

    Optional<LocalDate> date(String name) {
        String value = text(name);
        return value.isEmpty() ? Optional.empty() : Optional.of(parseDate(name, value));
    }

    /**
     * Ranges of days written {@code FROM..TO} (both days included), as the command line's {@code --off}:
     * comma-separated, and the parameter may be repeated.
     *
     * @return each range as its two dates, in the order given
     */
    List<LocalDate[]> dateRanges(String name) {
        List<LocalDate[]> ranges = new ArrayList<>();
        for (String range : list(name)) {
            int dots = range.indexOf("..");
            if (dots < 0) {
                throw BadInputException.parameter(name, "param.range", range);
            }
            ranges.add(new LocalDate[] {parseDate(name, range.substring(0, dots).strip()),
                    parseDate(name, range.substring(dots + 2).strip())});
        }
        return ranges;
    }

    private static LocalDate parseDate(String name, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw BadInputException.parameter(name, "param.date", value);
        }
    }
}
