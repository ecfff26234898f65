package dev.studypath.server;

import dev.studypath.engine.Baseline;
import dev.studypath.engine.Profile;
import dev.studypath.engine.ProgressReport;
import dev.studypath.engine.ProgressLog;
import dev.studypath.engine.Studypath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /api/progress}: a learner's profile and progress, to report how far along
 * the path they are and at what pace. Every property is optional.
 *
 * @param goal         the goal query; missing means the whole route
 * @param completed    the ids of projects completed before any tracking
 * @param known        skill id to self-rated level, 0-5
 * @param hoursPerWeek weekly study hours, 1-80; missing means the catalog's baseline
 * @param progress     what the learner started, finished and skipped, with the dates
 * @param today        the learner's today, for "ahead of the plan"; missing means the server's today
 * @param since        the day the goal was set: the plan starts then, for the profile and the progress up to
 *                     that day; missing means the first day of the progress
 * @param lang          the answer's language, {@code en} or {@code zh} (as the {@code lang} parameter);
 *                      missing means the rule of {@link AnswerLanguage}
 */
record ProgressRequest(String goal, List<String> completed, Map<String, Integer> known, Double hoursPerWeek,
                       List<ProgressEntry> progress, LocalDate today, LocalDate since, String lang)
        implements LearnerBody {

    /** The engine's report for {@code today}, against the plan from {@link #since} when given. */
    ProgressReport report(Studypath engine, LocalDate today) {
        Profile profile = profile(engine);
        ProgressLog log = log(engine);
        if (since == null) {
            return engine.progress(goalOrEmpty(), profile, log, today);
        }
        if (since.isAfter(today)) {
            throw BadInputException.field("since", "field.sinceAfterToday", since.toString(), today.toString());
        }
        Baseline baseline = engine.baseline(goalOrEmpty(), log.upTo(since).applyTo(profile), since);
        return engine.progress(goalOrEmpty(), profile, log, today, baseline);
    }
}
