package dev.studypath.server;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.studypath.engine.ProgressEvent;
import dev.studypath.engine.ProgressLog;
import dev.studypath.engine.model.Catalog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry of a body's {@code progress}, as the page keeps it in local storage: a project the learner
 * started, finished or skipped, on a day. The server keeps none of it: each request brings its own.
 *
 * @param project the project id
 * @param status  what happened
 * @param on      the day it happened
 */
record ProgressEntry(String project, Status status, LocalDate on) {

    /** What happened, as written in the body. */
    enum Status {
        @JsonProperty("started") STARTED,
        @JsonProperty("done") DONE,
        @JsonProperty("skipped") SKIPPED
    }

    /**
     * The entries as the engine's log; {@code entries} may be null (missing).
     *
     * @throws BadInputException naming {@code progress[i]} for an entry with a missing part, an
     *                               unknown project, a done dated before the project's start listed
     *                               before it, or too many entries
     */
    static ProgressLog log(List<ProgressEntry> entries, Catalog catalog) {
        if (entries == null) {
            return ProgressLog.EMPTY;
        }
        Limits.requireSize("progress", entries, Limits.MAX_PROGRESS_EVENTS);
        List<ProgressEvent> events = new ArrayList<>(entries.size());
        java.util.Map<String, LocalDate> started = new java.util.HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            ProgressEntry entry = entries.get(i);
            String field = "progress[" + i + "]";
            if (entry == null || entry.project() == null || entry.status() == null || entry.on() == null) {
                throw BadInputException.field(field, "field.progressEntry");
            }
            Limits.requireId(field, entry.project());
            if (catalog.project(entry.project()).isEmpty()) {
                throw BadInputException.field(field, "field.unknownProject", entry.project());
            }
            LocalDate start = started.get(entry.project());
            if (entry.status() == Status.DONE && start != null && entry.on().isBefore(start)) {
                throw BadInputException.field(field, "field.doneBeforeStarted", entry.project(), entry.on().toString(),
                        start.toString());
            }
            if (entry.status() == Status.STARTED) {
                started.put(entry.project(), entry.on());
            }
            events.add(new ProgressEvent(entry.project(), ProgressEvent.Kind.valueOf(entry.status().name()), entry.on()));
        }
        return new ProgressLog(events);
    }
}
