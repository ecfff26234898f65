package dev.studypath.engine;

import dev.studypath.engine.model.Message;
import dev.studypath.engine.model.Catalog;
import dev.studypath.engine.model.Project;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Learns a learner's pace factor from finished projects with a conjugate normal update on its
 * logarithm: prior log(factor) ~ N(0, {@value #PRIOR_SD}²), each finished project an observation
 * log(actual / estimated) ~ N(log(factor), {@value #OBSERVATION_SD}²), clipped to a factor of
 * 1/4..4. One outlier moves the factor only part of the way; no data leaves it at 1. The README gives the
 * formula.
 */
final class PaceCalibrator {

    /** The prior's spread: a factor within 1/2.7..2.7 two times in three before any data. */
    static final double PRIOR_SD = 0.5;
    /** How much one project's ratio varies around the learner's true pace. */
    static final double OBSERVATION_SD = 0.6;
    /** The z value of the 90 % interval. */
    static final double Z90 = 1.6448536269514722;
    static final double MAX_LOG_RATIO = Math.log(4);

    private final Catalog catalog;

    PaceCalibrator(Catalog catalog) {
        this.catalog = catalog;
    }


    /** The pace of {@code learner}, from the projects they finished; {@link Pace#ESTIMATE} without any. */
    Pace calibrate(Learner learner, List<FinishedProject> finished) {
        if (finished.isEmpty()) {
            return Pace.ESTIMATE;
        }
        double sum = 0;
        for (FinishedProject done : finished) {
            int project = catalog.indexOf(done.project());
            if (project < 0) {
                throw new InvalidInputException("progress", "input.unknownProject",
                        new Message.Choices(List.of(Message.of("quoted", done.project()))));
            }
            double actualWeeks = (ChronoUnit.DAYS.between(done.started(), done.finished()) + 1) / 7.0;
            double estimatedWeeks = Math.max(learner.likelyWeeks(project), 1 / 7.0);
            sum += Math.max(-MAX_LOG_RATIO, Math.min(MAX_LOG_RATIO, Math.log(actualWeeks / estimatedWeeks)));
        }
        double precision = 1 / (PRIOR_SD * PRIOR_SD) + finished.size() / (OBSERVATION_SD * OBSERVATION_SD);
        double mean = sum / (OBSERVATION_SD * OBSERVATION_SD) / precision;
        double sd = Math.sqrt(1 / precision);
        return new Pace(Math.exp(mean), Math.exp(mean - Z90 * sd), Math.exp(mean + Z90 * sd), finished.size(), sd);
    }
}
