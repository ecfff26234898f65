package dev.studypath.engine.model;

import java.util.List;
import java.util.Objects;

/**
 * One step of a project's learning route: a range of weeks, counted from 1 at the catalog's
 * baseline pace, with what to study and what to tick off.
 *
 * @param fromWeek  the first week, at least 1
 * @param toWeek    the last week, at least {@code fromWeek}
 * @param title     what the step is about
 * @param topics    what to study
 * @param checklist the items to tick off when done
 */
public record Milestone(int fromWeek, int toWeek, Text title, List<String> topics, List<String> checklist) {

    public Milestone {
        if (fromWeek < 1) {
            throw new IllegalArgumentException("milestone first week must be >= 1: " + fromWeek);
        }
        if (toWeek < fromWeek) {
            throw new IllegalArgumentException(
                    "milestone last week must be >= first week " + fromWeek + ": " + toWeek);
        }
        Objects.requireNonNull(title, "title");
        topics = List.copyOf(topics);
        checklist = List.copyOf(checklist);
    }
}
