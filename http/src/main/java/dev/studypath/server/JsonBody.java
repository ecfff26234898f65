package dev.studypath.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.studypath.engine.Profile;
import dev.studypath.engine.Studypath;
import dev.studypath.format.Language;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Reads the JSON body of a POST into its request record, within {@link Limits}: at most 64 KiB, no
 * duplicate keys, nesting and strings bounded while parsing, no unknown properties, no trailing tokens.
 * Also builds the profile that the bodies share, with the same limits.
 */
final class JsonBody {

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(Limits.JSON)
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private JsonBody() {
    }

    /**
     * Reads the request's body as a {@code type}.
     *
     * @throws ProblemException            415 when the body is not {@code application/json}, 413 when it
     *                                      is over {@link Server#MAX_BODY_BYTES}
     * @throws com.fasterxml.jackson.core.JsonProcessingException for malformed JSON, JSON over a limit, or
     *                                      JSON that is not such an object
     */
    static <T> T read(Context ctx, Class<T> type) throws IOException {
        String contentType = ctx.contentType();
        if (contentType == null || !contentType.split(";")[0].strip().equalsIgnoreCase(Api.JSON)) {
            throw contentType == null ? new ProblemException(415, "body.noContentType")
                    : new ProblemException(415, "body.contentType", contentType);
        }
        if (ctx.contentLength() > Server.MAX_BODY_BYTES) {
            throw new ProblemException(413, "body.tooLarge", Server.MAX_BODY_BYTES);
        }
        byte[] body = ctx.bodyAsBytes();
        try {
            return read(body, type);
        } catch (JsonMappingException e) {
            languageOf(ctx, body);
            throw e;
        }
    }

    /**
     * For a body that is JSON but not such an object: its {@code lang} and {@code goal}, when readable, still
     * choose the problem's language.
     */
    private static void languageOf(Context ctx, byte[] body) {
        try {
            JsonNode tree = MAPPER.readTree(body);
            if (tree != null && tree.isObject()) {
                JsonNode lang = tree.get(Query.LANG);
                JsonNode goal = tree.get("goal");
                String explicit = lang != null && lang.isTextual() && Language.parse(lang.asText()).isPresent()
                        ? lang.asText() : null;
                AnswerLanguage.body(ctx, explicit, goal != null && goal.isTextual() ? goal.asText() : null);
            }
        } catch (IOException | RuntimeException unreadable) {
            // The language stays as the query and the headers chose it.
        }
    }

    /** Reads a body already in hand; see {@link #read(Context, Class)}. */
    static <T> T read(byte[] body, Class<T> type) throws IOException {
        T request = MAPPER.readerFor(type).readValue(body);
        if (request == null) {
            throw MismatchedInputException.from(null, type, "the body must be a JSON object, was null");
        }
        return request;
    }

    /**
     * A new profile with the body's completed projects and known skills, each checked against
     * {@link Limits}; either may be null (missing).
     *
     * @throws BadInputException naming the field when an entry is null or a limit is broken
     */
    static Profile.Builder profile(Studypath engine, List<String> completed, Map<String, Integer> known) {
        Profile.Builder profile = engine.newProfile();
        if (completed != null) {
            profile.completed(Limits.requireIds("completed", completed, Limits.MAX_LIST_ITEMS));
        }
        if (known != null) {
            Limits.requireSize("known", known.keySet(), Limits.MAX_LIST_ITEMS);
            known.forEach((skill, level) -> {
                Limits.requireId("known", skill);
                if (level == null) {
                    throw BadInputException.field("known[" + skill + "]", "field.levelNull");
                }
                profile.known(skill, level);
            });
        }
        return profile;
    }

    /**
     * {@link #profile} with the weekly hours and the highest difficulty, each optional (null: the
     * catalog's baseline hours, any difficulty).
     */
    static Profile.Builder profile(Studypath engine, List<String> completed, Map<String, Integer> known,
                                   Double hoursPerWeek, Integer maxDifficulty) {
        Profile.Builder profile = profile(engine, completed, known);
        if (hoursPerWeek != null) {
            profile.hoursPerWeek(hoursPerWeek);
        }
        if (maxDifficulty != null) {
            profile.maxDifficulty(maxDifficulty);
        }
        return profile;
    }
}
