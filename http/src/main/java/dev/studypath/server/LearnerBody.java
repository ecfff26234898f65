package dev.studypath.server;

import dev.studypath.engine.Profile;
import dev.studypath.engine.ProgressLog;
import dev.studypath.engine.Studypath;
import java.util.List;
import java.util.Map;

/**
 * What the POST bodies share: a goal and a learner who keeps their own profile and progress. The one
 * place that turns those properties into the engine's profile and log.
 */
interface LearnerBody {

    /** The goal query; null means the whole route. */
    String goal();

    /** The ids of completed projects; may be null. */
    List<String> completed();

    /** Skill id to self-rated level, 0-5; may be null. */
    Map<String, Integer> known();

    /** Weekly study hours; null means the catalog's baseline. */
    Double hoursPerWeek();

    /** What the learner started, finished and skipped; may be null. */
    List<ProgressEntry> progress();

    /** The highest difficulty to plan; null means any. A body without the property keeps this default. */
    default Integer maxDifficulty() {
        return null;
    }

    /** The goal, stripped; empty for the whole route. */
    default String goalOrEmpty() {
        return goal() == null ? "" : goal().strip();
    }

    /** The profile the body states, before its progress. */
    default Profile profile(Studypath engine) {
        return JsonBody.profile(engine, completed(), known(), hoursPerWeek(), maxDifficulty()).build();
    }

    /** The body's progress as the engine's log. */
    default ProgressLog log(Studypath engine) {
        return ProgressEntry.log(progress(), engine.catalog());
    }

    /** The learner now: the profile with the done and skipped projects of the progress completed. */
    default Profile learner(Studypath engine) {
        return log(engine).applyTo(profile(engine));
    }
}
