package dev.studypath.engine;

import dev.studypath.engine.ProgressReport.Standing;
import dev.studypath.engine.model.Message;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/** Splits a goal's projects into done, known and remaining, and measures the learner against the plan. */
final class Progress {

    private Progress() {
    }

    /**
     * The report on a goal's path: {@code whole} for the profile as it is, {@code remaining} with the
     * log applied, {@code atStart} with the log up to the baseline's start (empty without a baseline).
     */
    static ProgressReport report(List<String> whole, List<String> remaining, List<String> atStart,
                                 ToDoubleFunction<String> hours, ProgressLog log, LocalDate today, Baseline baseline,
                                 Pace pace) {
        Set<String> left = new HashSet<>(remaining);
        Set<String> done = log.done();
        Set<String> skipped = log.skipped();
        List<String> doneOnPath = whole.stream().filter(done::contains).toList();
        List<String> implied = whole.stream()
                .filter(id -> !left.contains(id) && !done.contains(id) && !skipped.contains(id)).toList();
        double hoursDone = 0;
        for (String id : whole) {
            hoursDone += left.contains(id) || skipped.contains(id) ? 0 : hours.applyAsDouble(id);
        }
        double hoursLeft = remaining.stream().mapToDouble(hours).sum();
        Standing standing;
        if (baseline == null) {
            standing = new Standing(Standing.Status.NOT_STARTED, today, 0, 0, 0);
        } else {
            Set<String> known = new HashSet<>(baseline.projects().stream().map(Baseline.Planned::project).toList());
            atStart.forEach(known::remove);
            standing = standing(baseline, known, remaining, log, today);
        }
        List<String> inProgress = log.inProgress().stream().filter(id -> !implied.contains(id)).toList();
        return new ProgressReport(doneOnPath, implied, inProgress, List.copyOf(skipped), remaining,
                hoursDone, hoursDone + hoursLeft, pace, standing.weeksAhead(), standing);
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
            throw new InvalidInputException("today", "input.beforeLatestEntry", today, event.project(),
                    Message.of("event." + event.kind().name().toLowerCase(java.util.Locale.ROOT)), event.on());
        });
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
