package dev.studypath.format;

import dev.studypath.engine.Pace;
import dev.studypath.engine.Schedule;
import java.util.ArrayList;
import java.util.List;

/**
 * The sentences every schedule format shares: the pace it was forecast at, and what a deadline kept,
 * dropped and why, from the engine's {@link Schedule#outcome()} and {@link Schedule.Deadline}.
 */
final class ScheduleWords {

    private ScheduleWords() {
    }

    /**
     * One sentence about a deadline.
     *
     * @param text    the sentence
     * @param dropped whether it says why a project was dropped (Markdown lists those)
     */
    record Line(String text, boolean dropped) {
    }

    /** The pace the schedule used, and from how many finished projects, or that it used the catalog's estimates. */
    static String pace(Pace pace, Words w) {
        if (pace.observations() == 0) {
            return w.get("pace.estimates");
        }
        return w.get("pace.learned", Words.decimal(pace.factor(), 2), Words.decimal(pace.low(), 2),
                Words.decimal(pace.high(), 2), pace.observations());
    }

    /** Why there is nothing to schedule, or an empty list when something is scheduled. */
    static List<String> empty(Schedule schedule, Words w) {
        return switch (schedule.outcome()) {
            case NOTHING_LEFT -> List.of(w.get("schedule.nothingLeft",
                    String.join(w.get("join.semicolon"), TextReport.omissions(schedule.omitted(), w))));
            case NOTHING_FITS -> List.of(w.get("schedule.nothingFits", schedule.deadline().date().toString(),
                    schedule.deadline().confidence()));
            case ALL, PARTIAL -> List.of();
        };
    }

    /** What the deadline kept and dropped and why, one sentence a line; empty without a deadline. */
    static List<Line> deadline(Schedule schedule, Words w) {
        Schedule.Deadline deadline = schedule.deadline();
        List<Line> lines = new ArrayList<>();
        if (deadline.status() == Schedule.Deadline.Status.NONE) {
            return lines;
        }
        int confidence = deadline.confidence();
        String date = deadline.date().toString();
        if (deadline.status() == Schedule.Deadline.Status.MET) {
            lines.add(new Line(w.get("deadline.met", date, confidence, percent(deadline.probability(), w)), false));
            return lines;
        }
        lines.add(new Line(w.get("deadline.missed", date, confidence, String.join(w.get("join.comma"),
                deadline.dropped()), percent(deadline.probability(), w)), false));
        for (Schedule.Dropped dropped : deadline.why()) {
            lines.add(new Line(switch (dropped.reason()) {
                case TOO_LATE -> w.get("deadline.tooLate", dropped.project(), dropped.end().toString(), confidence);
                case ONLY_FOR_DROPPED -> w.get("deadline.onlyForDropped", dropped.project(), dropped.target(),
                        dropped.end().toString(), confidence);
            }, true));
        }
        if (!deadline.kept().isEmpty()) {
            lines.add(new Line(w.get("deadline.kept", percent(deadline.keptProbability(), w)), false));
        }
        lines.add(new Line(w.get(deadline.withinLimit() ? "deadline.need" : "deadline.needOverLimit", confidence,
                w.number(deadline.hoursPerWeekNeeded())), false));
        return lines;
    }

    /** A share as a whole percentage, rounded down: 0.999 is "99%". */
    private static String percent(double share, Words w) {
        return w.get("percent", (long) Math.floor(share * 100));
    }
}
