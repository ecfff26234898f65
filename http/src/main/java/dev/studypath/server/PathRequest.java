package dev.studypath.server;

import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /api/path}: the question of {@code GET /api/path}, plus the learner's
 * progress, which a client keeps itself. Every property is optional.
 *
 * @param goal          the goal query; missing means the whole route
 * @param completed     the ids of completed projects
 * @param known         skill id to self-rated level, 0-5
 * @param hoursPerWeek  weekly study hours, 1-80; missing means the catalog's baseline
 * @param maxDifficulty the highest difficulty to plan, 1-5; missing means any
 * @param progress      what the learner started, finished and skipped: done and skipped count as completed
 * @param lang          the answer's language, {@code en} or {@code zh} (as the {@code lang} parameter);
 *                      missing means the rule of {@link AnswerLanguage}
 */
record PathRequest(String goal, List<String> completed, Map<String, Integer> known, Double hoursPerWeek,
                   Integer maxDifficulty, List<ProgressEntry> progress, String lang) implements LearnerBody {
}
