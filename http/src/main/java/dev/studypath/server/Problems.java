package dev.studypath.server;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.studypath.engine.InvalidInputException;
import dev.studypath.engine.UnknownGoalException;
import dev.studypath.format.Json;
import dev.studypath.server.Problem.InputError;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.MethodNotAllowedResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where a failure becomes an HTTP status and an RFC 9457 problem body. Client input
 * gives a 4xx; anything else is an unexpected failure: a 500 whose body holds only an error id,
 * logged with the stack trace under that id.
 */
final class Problems {

    static final String INVALID_INPUT = "urn:studypath:problem:invalid-input";
    static final String UNKNOWN_GOAL = "urn:studypath:problem:unknown-goal";
    static final String MALFORMED_JSON = "urn:studypath:problem:malformed-json";

    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    /** Query parameter names that differ from the engine's field names. */
    private static final Map<String, String> PARAMETER_NAMES = Map.of("hoursPerWeek", "hours", "timeOff", "off");

    private Problems() {
    }

    /** Answers the request with the problem for {@code failure}. */
    static void respond(Exception failure, Context ctx) {
        Problem problem = of(failure, ctx);
        if (failure instanceof MethodNotAllowedResponse) {
            ctx.header(Header.ALLOW, allowed(failure));
        }
        ctx.status(problem.status()).contentType(Problem.MEDIA_TYPE + Api.UTF8)
                .result(Json.write(problem).getBytes(StandardCharsets.UTF_8));
    }

    /** The problem for {@code failure} in the request {@code ctx}. */
    static Problem of(Exception failure, Context ctx) {
        boolean body = ctx.method().equals(HandlerType.POST);
        if (failure instanceof UnknownGoalException e) {
            return new Problem(UNKNOWN_GOAL, "Unknown goal", 400, e.getMessage(),
                    List.of(input(body, "goal", e.getMessage())), e.suggestions(), null, null, null);
        }
        if (failure instanceof InvalidInputException e) {
            String detail = e.getMessage().substring(e.field().length() + 2);
            return invalid(e.getMessage(), input(body, e.field(), detail));
        }
        if (failure instanceof BadParameterException e) {
            return invalid(e.getMessage(), InputError.parameter(e.parameter(), e.detail()));
        }
        if (failure instanceof StreamConstraintsException || failure instanceof InputCoercionException) {
            String detail = unreadable((JsonProcessingException) failure);
            return invalid(detail, InputError.pointer("", detail));
        }
        if (failure instanceof JsonParseException e) {
            int line = e.getLocation().getLineNr();
            int column = e.getLocation().getColumnNr();
            String detail = "the body is not valid JSON: " + e.getOriginalMessage().lines().findFirst().orElse("")
                    + " at line " + line + ", column " + column;
            return new Problem(MALFORMED_JSON, "Malformed JSON", 400, detail, List.of(InputError.pointer("", detail)),
                    List.of(), line, column, null);
        }
        if (failure instanceof MismatchedInputException e) {
            String pointer = pointer(e);
            String detail = mismatch(e);
            return invalid((pointer.isEmpty() ? "body" : pointer) + ": " + detail, InputError.pointer(pointer, detail));
        }
        if (failure instanceof ValueInstantiationException e) {
            String pointer = pointer(e);
            return invalid((pointer.isEmpty() ? "body" : pointer) + ": invalid value",
                    InputError.pointer(pointer, "invalid value"));
        }
        if (failure instanceof JsonMappingException e && (e.getCause() instanceof StreamConstraintsException
                || e.getCause() instanceof InputCoercionException)) {
            String pointer = pointer(e);
            String detail = unreadable((JsonProcessingException) e.getCause());
            return invalid((pointer.isEmpty() ? "body" : pointer) + ": " + detail, InputError.pointer(pointer, detail));
        }
        if (failure instanceof HttpResponseException e && e.getStatus() < 500) {
            return status(e.getStatus(), httpDetail(e, ctx));
        }
        if (failure instanceof HttpException e && e.getCode() < 500) {
            return status(e.getCode(), e.getReason() == null ? HttpStatus.forStatus(e.getCode()).getMessage()
                    : e.getReason());
        }
        String errorId = UUID.randomUUID().toString();
        LOG.error("unexpected failure {} on {} {}", errorId, ctx.method().name(), ctx.path(), failure);
        return new Problem("about:blank", "Internal Server Error", 500,
                "an unexpected failure occurred; quote error id " + errorId + " when you report it",
                List.of(), List.of(), null, null, errorId);
    }

    /** A problem for a status alone, titled with the status's reason phrase. */
    static Problem status(int status, String detail) {
        return Problem.of("about:blank", HttpStatus.forStatus(status).getMessage(), status, detail);
    }

    /** Answers the errors that Jetty finds before a request reaches Javalin (a header too large, a bad request line). */
    static ErrorHandler jettyErrors() {
        return new ErrorHandler() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                int status = response.getStatus();
                Object message = request.getAttribute(ERROR_MESSAGE);
                String detail = message == null ? HttpStatus.forStatus(status).getMessage() : message.toString();
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE + Api.UTF8);
                response.getHeaders().put("X-Content-Type-Options", "nosniff");
                Content.Sink.write(response, true, Json.write(status(status, detail)), callback);
                return true;
            }
        };
    }

    private static Problem invalid(String detail, InputError error) {
        return new Problem(INVALID_INPUT, "Invalid input", 400, detail, List.of(error), List.of(), null, null, null);
    }

    /** A body field by JSON pointer, or a query parameter by its name. */
    private static InputError input(boolean body, String field, String message) {
        return body ? InputError.pointer("/" + field.replace('[', '/').replace("]", ""), message)
                : InputError.parameter(PARAMETER_NAMES.getOrDefault(field.replaceAll("\\[.*", ""), field), message);
    }

    private static String httpDetail(HttpResponseException e, Context ctx) {
        return switch (e.getStatus()) {
            case 404 -> e.getMessage().startsWith("Endpoint ")
                    ? "no endpoint " + ctx.method().name() + " " + decoded(ctx.path()) + "; the API is described at /openapi.json"
                    : e.getMessage();
            case 405 -> ctx.method().name() + " is not allowed on " + decoded(ctx.path()) + "; allowed: " + allowed(e);
            case 413 -> "the request body must be at most " + Server.MAX_BODY_BYTES + " bytes (64 KiB)";
            default -> e.getMessage();
        };
    }

    /** A request path as the client meant it ("/路径", not "/%E8%B7%AF%E5%BE%84"); as sent when not decodable. */
    private static String decoded(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    private static String allowed(Exception e) {
        Map<String, String> details = ((HttpResponseException) e).getDetails();
        return details.values().stream().findFirst().orElse("");
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            pointer.append('/').append(reference.getFieldName() != null
                    ? reference.getFieldName().replace("~", "~0").replace("/", "~1")
                    : String.valueOf(reference.getIndex()));
        }
        return pointer.toString();
    }

    /** A body over a parsing limit ({@link Limits#JSON}) or a number too large for its field. */
    private static String unreadable(JsonProcessingException e) {
        String message = e.getOriginalMessage().lines().findFirst().orElse("").replaceAll(", from `[^`]*`", "");
        if (message.startsWith("String value length") || message.startsWith("Name length")) {
            // Jackson checks strings in chunks, so the length it reports is where it stopped, not the whole
            message = "a string or property name is at most " + Limits.MAX_JSON_STRING_CHARS + " characters";
        }
        return (e instanceof StreamConstraintsException ? "the body exceeds a limit: " : "a number is out of range: ")
                + message;
    }

    private static String mismatch(MismatchedInputException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            Collection<Object> known = u.getKnownPropertyIds();
            return "unknown property '" + u.getPropertyName() + "'; known: " + String.join(", ",
                    known.stream().map(String::valueOf).collect(Collectors.toCollection(TreeSet::new)));
        }
        String expected = "expected " + describe(e.getTargetType());
        if (e instanceof InvalidFormatException f) {
            return expected + ", was '" + f.getValue() + "'";
        }
        return e.getPath().isEmpty() ? "the body must be a JSON object" : expected;
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "another value";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name().toLowerCase(java.util.Locale.ROOT))
                    .collect(Collectors.joining(", "));
        }
        if (type == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "a number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }
}
