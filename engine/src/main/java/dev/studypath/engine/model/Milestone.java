package dev.studypath.engine.model;

import java.util.List;
import java.util.Objects;

/**
 * One step of a project's learning route: a range of weeks or of days, counted from 1 at the
 * catalog's baseline pace, with what to study and what to tick off.
 *
 * @param unit      whether {@code from} and {@code to} count weeks or days, as the source states them
 * @param from      the first week or day, at least 1
 * @param to        the last week or day, at least {@code from}
 * @param title     what the step is about
 * @param topics    what to study
 * @param checklist the items to tick off when done
 */
public record Milestone(Unit unit, int from, int to, Text title, List<Text> topics, List<Text> checklist) {

    /** The unit a route counts in. */
    public enum Unit {
        WEEKS,
        DAYS
    }

    public Milestone {
        Objects.requireNonNull(unit, "unit");
        if (from < 1) {
            throw new IllegalArgumentException("milestone first " + noun(unit) + " must be >= 1: " + from);
        }
        if (to < from) {
            throw new IllegalArgumentException(
                    "milestone last " + noun(unit) + " must be >= first " + noun(unit) + " " + from + ": " + to);
        }
        Ids.given(title, "milestone title");
        topics = List.copyOf(topics);
        checklist = List.copyOf(checklist);
    }

    /** A milestone over weeks {@code fromWeek..toWeek}. */
    public Milestone(int fromWeek, int toWeek, Text title, List<Text> topics, List<Text> checklist) {
        this(Unit.WEEKS, fromWeek, toWeek, title, topics, checklist);
    }

    /** The first day, counted from 1: week n starts on day 7(n - 1) + 1. */
    public int firstDay() {
        return unit == Unit.DAYS ? from : 7 * (from - 1) + 1;
    }

    /** The last day, counted from 1: week n ends on day 7n. */
    public int lastDay() {
        return unit == Unit.DAYS ? to : 7 * to;
    }

    /** The week of the first day. */
    public int fromWeek() {
        return (firstDay() - 1) / 7 + 1;
    }

    /** The week of the last day. */
    public int toWeek() {
        return (lastDay() - 1) / 7 + 1;
    }

    private static String noun(Unit unit) {
        return unit == Unit.DAYS ? "day" : "week";
    }
}
