package dev.studypath.engine;

import java.util.List;
import java.util.Objects;

/**
 * The answer to "what should I study next?": the best projects the learner can start now, best first.
 *
 * @param goal         what the goal query was understood to mean
 * @param candidates   at most the requested number, best first; equal scores are ordered by project id
 * @param waiting      projects on the goal's path that cannot be started yet, in path order, each with
 *                     what it waits for; at most {@link #MAX_WAITING}
 * @param waitingTotal how many projects on the path cannot be started yet, all told
 * @param omitted      why what the goal asks for is not on its path (as {@link LearningPath#omitted()})
 */
public record Recommendation(GoalMatch goal, List<Candidate> candidates, List<Waiting> waiting, int waitingTotal,
                             List<Omission> omitted) {

    /** The most waiting projects an answer lists. */
    public static final int MAX_WAITING = 10;

    public Recommendation {
        Objects.requireNonNull(goal, "goal");
        candidates = List.copyOf(candidates);
        waiting = List.copyOf(waiting);
        omitted = List.copyOf(omitted);
        if (waitingTotal < waiting.size()) {
            throw new IllegalArgumentException("waitingTotal cannot be below the waiting listed: " + waitingTotal);
        }
    }

    /**
     * A project on the path that cannot be started yet.
     *
     * @param project its id
     * @param after   its prerequisites that are not completed yet, by id: it is ready once they are
     */
    public record Waiting(String project, List<String> after) {

        public Waiting {
            Objects.requireNonNull(project, "project");
            after = List.copyOf(after);
        }
    }
}
