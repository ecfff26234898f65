package dev.studypath.server;

import dev.studypath.engine.Profile;
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
 */
record ProgressRequest(String goal, List<String> completed, Map<String, Integer> known, Double hoursPerWeek,
                       List<ProgressEntry> progress, LocalDate today) {

    /** The profile before progress: the engine plans the whole path from it. */
    Profile profile(Studypath engine) {
        Profile.Builder profile = JsonBody.profile(engine, completed, known);
        if (hoursPerWeek != null) {
            profile.hoursPerWeek(hoursPerWeek);
        }
        return profile.build();
    }

    ProgressLog log(Studypath engine) {
        return ProgressEntry.log(progress, engine.catalog());
    }

    String goalOrEmpty() {
        return goal == null ? "" : goal.strip();
    }
}
