package dev.studypath.format;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.studypath.engine.Schedule;
import java.util.Locale;

/**
 * A {@link Schedule} as JSON, in the one JSON form of {@link Json}: the records' components as
 * properties, dates as ISO strings ("2026-03-02"), enums in lower case. The shape is described by the
 * JSON Schema at {@link #SCHEMA}. A schedule without a deadline has no {@code deadline} property.
 */
public final class ScheduleJson {

    /** The class-path resource of the JSON Schema (draft 2020-12) of a schedule. */
    public static final String SCHEMA = "/dev/studypath/format/schedule.schema.json";

    private ScheduleJson() {
    }

    /** The schedule as indented JSON, ending with a newline; its omissions' texts in English. */
    public static String render(Schedule schedule) {
        return render(schedule, Locale.ENGLISH);
    }

    /** The schedule as indented JSON, ending with a newline; its omissions' texts in {@code locale}'s language. */
    public static String render(Schedule schedule, Locale locale) {
        String json = Json.write(schedule, locale);
        if (schedule.deadline().status() != Schedule.Deadline.Status.NONE) {
            return json + "\n";
        }
        ObjectNode tree = (ObjectNode) Json.parse(json);
        tree.remove("deadline");
        return Json.write(tree) + "\n";
    }
}
