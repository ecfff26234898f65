package dev.studypath.server;

import dev.studypath.engine.ScheduleOptions;
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
 * @param maxDifficulty the highest difficulty to plan, 1-5; missing means any
 * @param start        the first day of study; missing means today
 * @param timeOff      date ranges with no study, both ends included
 * @param deadline     the date to finish by, if any
 * @param progress     what the learner started, finished and skipped, with the dates: done and skipped
 *                     projects count as completed, and finished ones calibrate the pace
 * @param confidence   the chance in percent (50, 80 or 95) with which the kept projects must end by the
 *                     deadline; missing means 80
 * @param lang          the answer's language, {@code en} or {@code zh} (as the {@code lang} parameter);
 *                      missing means the rule of {@link AnswerLanguage}
 */
record ScheduleRequest(String goal, List<String> completed, Map<String, Integer> known, Double hoursPerWeek,
                       Integer maxDifficulty, LocalDate start, List<Days> timeOff, LocalDate deadline,
                       List<ProgressEntry> progress, Integer confidence, String lang) implements LearnerBody {

    /** A range of days off as written in the body; both ends are required. */
    record Days(LocalDate start, LocalDate end) {
    }

    /** The schedule's options, starting {@code today} unless the body says otherwise. */
    ScheduleOptions options(LocalDate today) {
        ScheduleOptions.Builder options = ScheduleOptions.builder().start(start == null ? today : start);
        if (timeOff != null) {
            Limits.requireSize("timeOff", timeOff, Limits.MAX_LIST_ITEMS);
            for (int i = 0; i < timeOff.size(); i++) {
                Days days = timeOff.get(i);
                if (days == null || days.start() == null || days.end() == null) {
                    throw BadInputException.field("timeOff[" + i + "]", "field.timeOff");
                }
                options.timeOff(days.start(), days.end());
            }
        }
        if (deadline != null) {
            options.deadline(deadline);
        }
        if (confidence != null) {
            options.confidence(confidence);
        }
        return options.build();
    }
}
