package dev.studypath.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a learner has done so far, as events; each project's status is its latest event. Kept by
 * the caller (a file, a browser's local storage), so the engine and the server stay stateless.
 *
 * @param events in any order; for one project, later days win, and on the same day the later event
 */
public record ProgressLog(List<ProgressEvent> events) {

    /** No progress at all. */
    public static final ProgressLog EMPTY = new ProgressLog(List.of());

    public ProgressLog {
        events = List.copyOf(events);
    }

    private Map<String, ProgressEvent> latest() {
        Map<String, ProgressEvent> latest = new LinkedHashMap<>();
        events.stream().sorted(Comparator.comparing(ProgressEvent::on))
                .forEach(event -> latest.put(event.project(), event));
        return latest;
    }

    private Set<String> withStatus(ProgressEvent.Kind kind) {
        Set<String> ids = new TreeSet<>();
        latest().values().stream().filter(e -> e.kind() == kind).forEach(e -> ids.add(e.project()));
        return ids;
    }

    /** The projects whose latest event is {@link ProgressEvent.Kind#DONE}, by id. */
    public Set<String> done() {
        return withStatus(ProgressEvent.Kind.DONE);
    }

    /** The projects started and not yet done or skipped, by id. */
    public Set<String> inProgress() {
        return withStatus(ProgressEvent.Kind.STARTED);
    }

    /** The projects skipped, by id. */
    public Set<String> skipped() {
        return withStatus(ProgressEvent.Kind.SKIPPED);
    }

    /** The done projects that also have a start on or before their finish: what the pace learns from. */
    public List<FinishedProject> finished() {
        List<FinishedProject> finished = new ArrayList<>();
        for (ProgressEvent last : latest().values()) {
            if (last.kind() != ProgressEvent.Kind.DONE) {
                continue;
            }
            events.stream().filter(e -> e.project().equals(last.project()) && e.kind() == ProgressEvent.Kind.STARTED
                            && !e.on().isAfter(last.on()))
                    .map(ProgressEvent::on).max(Comparator.naturalOrder())
                    .ifPresent(started -> finished.add(new FinishedProject(last.project(), started, last.on())));
        }
        finished.sort(Comparator.comparing(FinishedProject::finished).thenComparing(FinishedProject::project));
        return finished;
    }

    /** The first day the learner started a project, if they have. */
    public Optional<LocalDate> firstStart() {
        return events.stream().filter(e -> e.kind() == ProgressEvent.Kind.STARTED).map(ProgressEvent::on)
                .min(Comparator.naturalOrder());
    }

    /** The first day of any event, if there is one: where the plan starts when none was kept. */
    public Optional<LocalDate> firstDay() {
        return events.stream().map(ProgressEvent::on).min(Comparator.naturalOrder());
    }

    /** An event of the latest day (on that day, the first listed), if there is one. */
    public Optional<ProgressEvent> last() {
        return events.stream().max(Comparator.comparing(ProgressEvent::on));
    }

    /** The events on or before {@code day}: the log as it stood then. */
    public ProgressLog upTo(LocalDate day) {
        return new ProgressLog(events.stream().filter(e -> !e.on().isAfter(day)).toList());
    }

    /** The day a project in progress was last started, if it is in progress. */
    public Optional<LocalDate> startedOn(String project) {
        ProgressEvent last = latest().get(project);
        return last == null || last.kind() != ProgressEvent.Kind.STARTED ? Optional.empty() : Optional.of(last.on());
    }

    /** {@code profile} with the done and skipped projects added to its completed ones. */
    public Profile applyTo(Profile profile) {
        return profile.toBuilder().completed(done()).completed(skipped()).build();
    }
}
