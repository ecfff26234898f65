package dev.studypath.engine;

import dev.studypath.engine.ProgressReport.Standing;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Splits a goal's projects into done, known and remaining, and measures the learner against the plan. */
final class Progress {

    private Progress() {
    }

    /**
     * The standing against {@code baseline}, whose projects {@code remaining} says are not yet done.
     * A project done with a start recorded since the baseline's start is credited in full; one done
     * without (or known through a done one) may bring the learner up to the plan, never ahead of it:
     * nothing shows when it was studied.
     */
    static Standing standing(Baseline baseline, Set<String> beforeStart, List<String> remaining, ProgressLog log,
                             LocalDate today) {
        Set<String> left = new HashSet<>(remaining);
        Set<String> skipped = log.skipped();
        Set<String> studiedSince = new HashSet<>();
        log.finished().stream().filter(f -> !f.started().isBefore(baseline.start()))
                .forEach(f -> studiedSince.add(f.project()));
        double rate = baseline.hoursPerWeek() / 7;
        double total = 0;
        double credited = 0;
        double unproven = 0;
        for (Baseline.Planned planned : baseline.projects()) {
            String id = planned.project();
            if (beforeStart.contains(id) || skipped.contains(id)) {
                continue;
            }
            total += planned.hours();
            if (!left.contains(id)) {
                if (studiedSince.contains(id)) {
                    credited += planned.hours();
                } else {
                    unproven += planned.hours();
                }
            } else {
                LocalDate started = log.startedOn(id).map(day -> later(day, baseline.start())).orElse(today);
                credited += Math.min(planned.hours(), rate * Math.max(0, ChronoUnit.DAYS.between(started, today)));
            }
        }
        double expected = Math.min(total, rate * Math.max(0, ChronoUnit.DAYS.between(baseline.start(), today)));
        credited += Math.min(unproven, Math.max(0, expected - credited));
        double weeks = (credited - expected) / baseline.hoursPerWeek();
        Standing.Status status = Math.abs(weeks) <= ProgressReport.ON_PLAN_WEEKS ? Standing.Status.ON_PLAN
                : weeks > 0 ? Standing.Status.AHEAD : Standing.Status.BEHIND;
        return new Standing(status, baseline.start(), expected, credited, weeks);
    }

    /**
     * @throws InvalidInputException naming {@code today} when the log has an event after it
     */
    static void requireNotBefore(LocalDate today, ProgressLog log) {
        log.last().filter(event -> event.on().isAfter(today)).ifPresent(event -> {
            throw new InvalidInputException("today", today + " is before the log's latest entry: " + event.project()
                    + " " + event.kind().name().toLowerCase(java.util.Locale.ROOT) + " on " + event.on());
        });
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
