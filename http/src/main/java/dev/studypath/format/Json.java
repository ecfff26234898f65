package dev.studypath.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.studypath.engine.model.Effort;
import dev.studypath.engine.model.Milestone;
import dev.studypath.engine.model.Range;
import dev.studypath.engine.Omission;
import dev.studypath.engine.Reason;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * The one JSON form of every result, for the command line's {@code --json} and the HTTP API alike:
 * records as objects, enums in lower case, dates as ISO strings, ranges as {@code {"min", "max"}}
 * with {@code max} left out when open-ended, efforts as in the catalog format, and milestones with
 * their weeks (and, for a route in days, their days too).
 */
public final class Json {

    /**
     * At most this many buffer sets are kept for reuse. Jackson's default keeps one per thread, and a
     * thread that once wrote a large schedule keeps its large buffers: the heap grew with every server
     * thread that had served one (the soak test, issue 7). A bounded shared pool caps that.
     */
    static final int RECYCLED_BUFFERS = 16;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .recyclerPool(JsonRecyclerPools.newBoundedPool(RECYCLED_BUFFERS)).build())
            .addModule(new JavaTimeModule())
            .addModule(module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private Json() {
    }

    /** The configured mapper; do not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** {@code value} as indented JSON, its reasons' texts in English. */
    public static String write(Object value) {
        return write(value, Locale.ENGLISH);
    }

    /** {@code value} as indented JSON, its reasons' and omissions' texts in {@code language}. */
    public static String write(Object value, Locale language) {
        try {
            return MAPPER.writer().withAttribute(Locale.class, language).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses JSON text into a tree. */
    public static com.fasterxml.jackson.databind.JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static SimpleModule module() {
        SimpleModule module = new SimpleModule("studypath");
        module.addSerializer(Enum.class, (JsonSerializer) new JsonSerializer<Enum<?>>() {
            @Override
            public void serialize(Enum<?> value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(value.name().toLowerCase(Locale.ROOT));
            }
        });
        // Four decimals are more than any score, weight or hour needs, and hide float noise (0.44999999999999996).
        JsonSerializer<Double> decimals = new JsonSerializer<>() {
            @Override
            public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeNumber(Double.isFinite(value) ? Math.round(value * 10_000) / 10_000.0 : value);
            }
        };
        module.addSerializer(Double.class, decimals);
        module.addSerializer(Double.TYPE, (JsonSerializer) decimals);
        module.addSerializer(Reason.class, new Described<>("kind", Reason::describe));
        module.addSerializer(Omission.class, new Described<>("reason", Omission::describe));
        module.addSerializer(Range.class, new JsonSerializer<>() {
            @Override
            public void serialize(Range range, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeStartObject();
                writeBounds(range, gen);
                gen.writeEndObject();
            }
        });
        module.addSerializer(Effort.class, new JsonSerializer<>() {
            @Override
            public void serialize(Effort effort, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeStartObject();
                gen.writeStringField("unit", effort.unit().name().toLowerCase(Locale.ROOT));
                writeBounds(effort.range(), gen);
                gen.writeEndObject();
            }
        });
        module.addSerializer(Milestone.class, new JsonSerializer<>() {
            @Override
            public void serialize(Milestone milestone, JsonGenerator gen, SerializerProvider provider)
                    throws IOException {
                gen.writeStartObject();
                gen.writeNumberField("fromWeek", milestone.fromWeek());
                gen.writeNumberField("toWeek", milestone.toWeek());
                if (milestone.unit() == Milestone.Unit.DAYS) {
                    gen.writeNumberField("fromDay", milestone.from());
                    gen.writeNumberField("toDay", milestone.to());
                }
                provider.defaultSerializeField("title", milestone.title(), gen);
                provider.defaultSerializeField("topics", milestone.topics(), gen);
                provider.defaultSerializeField("checklist", milestone.checklist(), gen);
                gen.writeEndObject();
            }
        });
        return module;
    }

    /**
     * A reason or an omission: its kind under {@code discriminator} (the record's name in snake case:
     * {@code on_route}, {@code above_max_difficulty}), its data, and {@code "text"}, its rendering in the
     * writer's language (English unless {@link #write(Object, Locale)} says otherwise).
     */
    private static final class Described<T> extends JsonSerializer<T> {

        private final String discriminator;
        private final BiFunction<T, Locale, String> describe;

        Described(String discriminator, BiFunction<T, Locale, String> describe) {
            this.discriminator = discriminator;
            this.describe = describe;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            gen.writeStringField(discriminator, snake(value.getClass().getSimpleName()));
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    provider.defaultSerializeField(component.getName(), component.getAccessor().invoke(value), gen);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            Object language = provider.getAttribute(Locale.class);
            gen.writeStringField("text", describe.apply(value, language instanceof Locale l ? l : Locale.ENGLISH));
            gen.writeEndObject();
        }

        private static String snake(String name) {
            return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
        }
    }

    private static void writeBounds(Range range, JsonGenerator gen) throws IOException {
        gen.writeNumberField("min", round(range.min()));
        if (!range.openEnded()) {
            gen.writeNumberField("max", round(range.max()));
        }
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
