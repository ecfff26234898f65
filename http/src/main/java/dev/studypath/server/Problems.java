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
import dev.studypath.server.ProblemDetails.InputError;
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
import java.util.Locale;
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

    /** Answers the request with the problem for {@code failure}, in the answer's language. */
    static void respond(Exception failure, Context ctx) {
        Locale language = AnswerLanguage.of(ctx);
        ProblemDetails problem = of(failure, ctx, language);
        if (failure instanceof MethodNotAllowedResponse) {
            ctx.header(Header.ALLOW, allowed(failure));
        }
        ctx.status(problem.status()).contentType(ProblemDetails.MEDIA_TYPE + Api.UTF8)
                .result(Json.write(problem, language).getBytes(StandardCharsets.UTF_8));
    }

    /** The problem for {@code failure} in the request {@code ctx}, its title and detail in {@code language}. */
    static ProblemDetails of(Exception failure, Context ctx, Locale language) {
        boolean body = ctx.method().equals(HandlerType.POST);
        if (failure instanceof UnknownGoalException e) {
            String detail = e.describe(language);
            return new ProblemDetails(UNKNOWN_GOAL, Messages.get(language, "title.unknownGoal"), 400, detail,
                    List.of(input(body, "goal", detail)), e.suggestions(), null, null, null);
        }
        if (failure instanceof InvalidInputException e) {
            // Named as the request names it: a query parameter ("hours") or the body's property.
            String detail = e.detail(language);
            String name = body ? e.field() : PARAMETER_NAMES.getOrDefault(e.field().replaceAll("\\[.*", ""), e.field());
            return invalid(language, field(language, name, detail), input(body, e.field(), detail));
        }
        if (failure instanceof BadInputException e) {
            String detail = e.detail(language);
            return invalid(language, field(language, e.name(), detail), e.parameter()
                    ? InputError.parameter(e.name(), detail) : input(body, e.name(), detail));
        }
        if (failure instanceof ProblemException e) {
            return status(language, e.status(), e.detail(language));
        }
        if (failure instanceof StreamConstraintsException || failure instanceof InputCoercionException) {
            String detail = unreadable((JsonProcessingException) failure, language);
            return invalid(language, detail, InputError.pointer("", detail));
        }
        if (failure instanceof JsonParseException e) {
            int line = e.getLocation().getLineNr();
            int column = e.getLocation().getColumnNr();
            String detail = Messages.get(language, "json.malformed",
                    e.getOriginalMessage().lines().findFirst().orElse(""), line, column);
            return new ProblemDetails(MALFORMED_JSON, Messages.get(language, "title.malformedJson"), 400, detail,
                    List.of(InputError.pointer("", detail)), List.of(), line, column, null);
        }
        if (failure instanceof MismatchedInputException e) {
            String pointer = pointer(e);
            String detail = mismatch(e, language);
            return invalid(language, at(language, pointer, detail), InputError.pointer(pointer, detail));
        }
        if (failure instanceof ValueInstantiationException e) {
            String pointer = pointer(e);
            String detail = Messages.get(language, "json.invalidValue");
            return invalid(language, at(language, pointer, detail), InputError.pointer(pointer, detail));
        }
        if (failure instanceof JsonMappingException e && (e.getCause() instanceof StreamConstraintsException
                || e.getCause() instanceof InputCoercionException)) {
            String pointer = pointer(e);
            String detail = unreadable((JsonProcessingException) e.getCause(), language);
            return invalid(language, at(language, pointer, detail), InputError.pointer(pointer, detail));
        }
        if (failure instanceof HttpResponseException e && e.getStatus() < 500) {
            return status(language, e.getStatus(), httpDetail(e, ctx, language));
        }
        if (failure instanceof HttpException e && e.getCode() < 500) {
            return status(language, e.getCode(), e.getReason() == null ? title(language, e.getCode()) : e.getReason());
        }
        String errorId = UUID.randomUUID().toString();
        LOG.error("unexpected failure {} on {} {}", errorId, ctx.method().name(), ctx.path(), failure);
        return new ProblemDetails("about:blank", title(language, 500), 500, Messages.get(language, "internal", errorId),
                List.of(), List.of(), null, null, errorId);
    }

    /** A problem for a status alone, titled with the status's reason phrase. */
    static ProblemDetails status(Locale language, int status, String detail) {
        return ProblemDetails.of("about:blank", title(language, status), status, detail);
    }

    /** The status's reason phrase in {@code language}; the English phrase for a status the bundle lacks. */
    static String title(Locale language, int status) {
        String key = "status." + status;
        return Messages.has(key) ? Messages.get(language, key) : HttpStatus.forStatus(status).getMessage();
    }

    /**
     * Answers the errors that Jetty finds before a request reaches Javalin (a header too large, a bad
     * request line), in the language of the request's {@code lang} or {@code Accept-Language}.
     */
    static ErrorHandler jettyErrors(Locale environment) {
        return new ErrorHandler() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                int status = response.getStatus();
                Locale language = AnswerLanguage.of(request.getHttpURI() == null ? null : request.getHttpURI().getQuery(),
                        request.getHeaders().get(AnswerLanguage.ACCEPT_LANGUAGE), environment);
                Object message = request.getAttribute(ERROR_MESSAGE);
                String detail = message == null ? title(language, status) : message.toString();
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, ProblemDetails.MEDIA_TYPE + Api.UTF8);
                response.getHeaders().put("X-Content-Type-Options", "nosniff");
                response.getHeaders().put(AnswerLanguage.CONTENT_LANGUAGE, language.getLanguage());
                response.getHeaders().put(AnswerLanguage.VARY,
                        AnswerLanguage.vary(response.getHeaders().get(AnswerLanguage.VARY)));
                Content.Sink.write(response, true, Json.write(status(language, status, detail), language), callback);
                return true;
            }
        };
    }

    private static ProblemDetails invalid(Locale language, String detail, InputError error) {
        return new ProblemDetails(INVALID_INPUT, Messages.get(language, "title.invalidInput"), 400, detail, List.of(error),
                List.of(), null, null, null);
    }

    /** "field: what is wrong", the detail of a problem with one input. */
    private static String field(Locale language, String field, String detail) {
        return Messages.get(language, "problem.field", field, detail);
    }

    /** "/pointer: what is wrong", or "body: ..." for the whole body. */
    private static String at(Locale language, String pointer, String detail) {
        return field(language, pointer.isEmpty() ? Messages.get(language, "json.body") : pointer, detail);
    }

    /** A body field by JSON pointer, or a query parameter by its name. */
    private static InputError input(boolean body, String field, String message) {
        return body ? InputError.pointer("/" + field.replace('[', '/').replace("]", ""), message)
                : InputError.parameter(PARAMETER_NAMES.getOrDefault(field.replaceAll("\\[.*", ""), field), message);
    }

    private static String httpDetail(HttpResponseException e, Context ctx, Locale language) {
        return switch (e.getStatus()) {
            case 404 -> e.getMessage().startsWith("Endpoint ")
                    ? Messages.get(language, "http.noEndpoint", ctx.method().name(), decoded(ctx.path()))
                    : e.getMessage();
            case 405 -> Messages.get(language, "http.notAllowed", ctx.method().name(), decoded(ctx.path()),
                    allowed(e));
            case 413 -> Messages.get(language, "body.tooLarge", Server.MAX_BODY_BYTES);
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
    private static String unreadable(JsonProcessingException e, Locale language) {
        String message = e.getOriginalMessage().lines().findFirst().orElse("").replaceAll(", from `[^`]*`", "");
        if (message.startsWith("String value length") || message.startsWith("Name length")) {
            // Jackson checks strings in chunks, so the length it reports is where it stopped, not the whole
            message = Messages.get(language, "json.stringLimit", Limits.MAX_JSON_STRING_CHARS);
        }
        return Messages.get(language, e instanceof StreamConstraintsException ? "json.limit" : "json.numberRange",
                message);
    }

    private static String mismatch(MismatchedInputException e, Locale language) {
        if (e instanceof UnrecognizedPropertyException u) {
            Collection<Object> known = u.getKnownPropertyIds();
            return Messages.get(language, "json.unknownProperty", u.getPropertyName(), String.join(", ",
                    known.stream().map(String::valueOf).collect(Collectors.toCollection(TreeSet::new))));
        }
        String expected = describe(e.getTargetType(), language);
        if (e instanceof InvalidFormatException f) {
            return Messages.get(language, "json.expectedWas", expected, String.valueOf(f.getValue()));
        }
        return e.getPath().isEmpty() ? Messages.get(language, "json.notObject")
                : Messages.get(language, "json.expected", expected);
    }

    private static String describe(Class<?> type, Locale language) {
        if (type == null) {
            return Messages.get(language, "type.other");
        }
        if (type.isEnum()) {
            return Messages.get(language, "type.oneOf", Arrays.stream(type.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", ")));
        }
        if (type == LocalDate.class) {
            return Messages.get(language, "type.date");
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return Messages.get(language, "type.wholeNumber");
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return Messages.get(language, "type.number");
        }
        if (type == String.class) {
            return Messages.get(language, "type.string");
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return Messages.get(language, "type.array");
        }
        return Messages.get(language, "type.object");
    }
}
