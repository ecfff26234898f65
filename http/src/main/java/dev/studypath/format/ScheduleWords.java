package dev.studypath.format;

import dev.studypath.engine.Pace;
import dev.studypath.engine.Schedule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sentences every schedule format shares: the pace it was forecast at, and what a deadline kept,
 * dropped and why, from the engine's {@link Schedule#outcome()} and {@link Schedule.Deadline}.
 */
final class ScheduleWords {

    private ScheduleWords() {
    }

    /** The pace the schedule used, and from how many finished projects, or that it used the catalog's estimates. */
    static String pace(Pace pace) {
        if (pace.observations() == 0) {
            return "Pace: the catalog's estimates as they are (no finished project with a start and an end date yet)";
        }
        return String.format(Locale.ROOT, "Pace: %.2f x the catalog's estimates (90%% interval %.2f-%.2f), learned "
                + "from %d finished project%s", pace.factor(), pace.low(), pace.high(), pace.observations(),
                pace.observations() == 1 ? "" : "s");
    }

    /** Why there is nothing to schedule, or an empty list when something is scheduled. */
    static List<String> empty(Schedule schedule) {
        return switch (schedule.outcome()) {
            case NOTHING_LEFT -> List.of("Nothing to schedule for this goal: "
                    + String.join("; ", TextReport.omissions(schedule.omitted())) + ".");
            case NOTHING_FITS -> List.of("Nothing to schedule: no project ends by the deadline "
                    + schedule.deadline().date() + " at " + schedule.deadline().confidence() + "% confidence.");
            case ALL, PARTIAL -> List.of();
        };
    }

    /** What the deadline kept and dropped and why, one sentence a line; empty without a deadline. */
    static List<String> deadline(Schedule schedule) {
        Schedule.Deadline deadline = schedule.deadline();
        List<String> lines = new ArrayList<>();
        if (deadline.status() == Schedule.Deadline.Status.NONE) {
            return lines;
        }
        int confidence = deadline.confidence();
        String head = "Deadline " + deadline.date() + " at " + confidence + "% confidence: ";
        if (deadline.status() == Schedule.Deadline.Status.MET) {
            lines.add(head + "everything fits (chance of finishing by then: " + percent(deadline.probability()) + ").");
            return lines;
        }
        lines.add(head + "it leaves out " + String.join(", ", deadline.dropped()) + " (chance of finishing the whole "
                + "path by then: " + percent(deadline.probability()) + ").");
        for (Schedule.Dropped dropped : deadline.why()) {
            lines.add(switch (dropped.reason()) {
                case TOO_LATE -> "Dropped " + dropped.project() + ": with what it needs it would end " + dropped.end()
                        + " (P" + confidence + "), after the deadline.";
                case ONLY_FOR_DROPPED -> "Dropped " + dropped.project() + ": only " + dropped.target()
                        + " needs it, and " + dropped.target() + " would end " + dropped.end() + " (P" + confidence
                        + ").";
            });
        }
        if (!deadline.kept().isEmpty()) {
            lines.add("Chance of finishing what is kept by then: " + percent(deadline.keptProbability()) + ".");
        }
        lines.add("Finishing everything by then at " + confidence + "% confidence would need "
                + TextReport.number(deadline.hoursPerWeekNeeded()) + " h/week"
                + (deadline.withinLimit() ? "." : ", more than the 80 h/week a plan may have."));
        return lines;
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", Math.floor(share * 100));
    }
}
