package dev.studypath.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.studypath.engine.Schedule;
import java.io.UncheckedIOException;

/**
 * A {@link Schedule} as JSON: the records' components as properties, dates as ISO strings
 * ("2026-03-02"). The shape is described by the JSON Schema at {@link #SCHEMA}. Any Jackson mapper
 * gives the same shape when it has the {@link JavaTimeModule} and
 * {@link SerializationFeature#WRITE_DATES_AS_TIMESTAMPS} disabled.
 */
public final class ScheduleJson {

    /** The class-path resource of the JSON Schema (draft 2020-12) of a schedule. */
    public static final String SCHEMA = "/dev/studypath/format/schedule.schema.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private ScheduleJson() {
    }

    /** The schedule as indented JSON, ending with a newline. */
    public static String render(Schedule schedule) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(schedule) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write schedule as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
