package dev.studypath.server;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.studypath.engine.InvalidInputException;
import dev.studypath.engine.Profile;
import dev.studypath.engine.ScheduleOptions;
import dev.studypath.engine.Studypath;
import dev.studypath.format.Json;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /api/schedule}: a learner's profile and calendar, every property optional.
 * Property names are the engine's field names, so an engine error's field is the body's JSON pointer.
 *
 * @param goal         the goal query; missing means the whole route
 * @param completed    the ids of completed projects
 * @param known        skill id to self-rated level, 0-5
 * @param hoursPerWeek weekly study hours, 1-80; missing means the catalog's baseline
 * @param start        the first day of study; missing means today
 * @param timeOff      date ranges with no study, both ends included
 * @param deadline     the date to finish by, if any
 */
record ScheduleRequest(String goal, List<String> completed, Map<String, Integer> known, Double hoursPerWeek,
                       LocalDate start, List<Days> timeOff, LocalDate deadline) {

    /** A range of days off as written in the body; both ends are required. */
    record Days(LocalDate start, LocalDate end) {
    }

    private static final ObjectReader READER = Json.mapper().readerFor(ScheduleRequest.class)
            .without(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /**
     * Reads a body.
     *
     * @throws com.fasterxml.jackson.core.JsonParseException for malformed JSON
     * @throws com.fasterxml.jackson.databind.exc.MismatchedInputException for JSON that is not such an object
     */
    static ScheduleRequest read(byte[] body) throws IOException {
        ScheduleRequest request = READER.readValue(body);
        if (request == null) {
            throw com.fasterxml.jackson.databind.exc.MismatchedInputException.from(null, ScheduleRequest.class,
                    "the body must be a JSON object, was null");
        }
        return request;
    }

    Profile profile(Studypath engine) {
        Profile.Builder profile = engine.newProfile();
        if (completed != null) {
            profile.completed(completed);
        }
        if (known != null) {
            known.forEach(profile::known);
        }
        if (hoursPerWeek != null) {
            profile.hoursPerWeek(hoursPerWeek);
        }
        return profile.build();
    }

    ScheduleOptions options(LocalDate today) {
        ScheduleOptions.Builder options = ScheduleOptions.builder().start(start == null ? today : start);
        if (timeOff != null) {
            for (int i = 0; i < timeOff.size(); i++) {
                Days days = timeOff.get(i);
                if (days == null || days.start() == null || days.end() == null) {
                    throw new InvalidInputException("timeOff[" + i + "]", "needs a start and an end date");
                }
                options.timeOff(days.start(), days.end());
            }
        }
        if (deadline != null) {
            options.deadline(deadline);
        }
        return options.build();
    }

    String goalOrEmpty() {
        return goal == null ? "" : goal.strip();
    }
}
