package dev.studypath.engine;

import dev.studypath.engine.ScheduleOptions.TimeOff;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Numbers the study days from a start date, skipping time off: study day 0 is the first day on or
 * after the start that is not off. Time off is kept as merged ranges, so a long holiday costs one
 * step, not one per day.
 */
final class StudyCalendar {

    private final long start;
    private final long[] offFrom;
    private final long[] offTo;

    StudyCalendar(LocalDate start, List<TimeOff> timeOff) {
        this.start = start.toEpochDay();
        List<long[]> ranges = new ArrayList<>();
        for (TimeOff off : timeOff) {
            long from = Math.max(off.start().toEpochDay(), this.start);
            long to = off.end().toEpochDay();
            if (to >= from) {
                ranges.add(new long[] {from, to});
            }
        }
        ranges.sort(Comparator.comparingLong(r -> r[0]));
        List<long[]> merged = new ArrayList<>();
        for (long[] range : ranges) {
            long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && range[0] <= last[1] + 1) {
                last[1] = Math.max(last[1], range[1]);
            } else {
                merged.add(range.clone());
            }
        }
        offFrom = merged.stream().mapToLong(r -> r[0]).toArray();
        offTo = merged.stream().mapToLong(r -> r[1]).toArray();
    }

    /** The date of study day {@code index} (0 for the first). */
    LocalDate date(long index) {
        long day = start;
        long remaining = index;
        for (int i = 0; i < offFrom.length; i++) {
            long before = offFrom[i] - day;
            if (remaining < before) {
                break;
            }
            remaining -= before;
            day = offTo[i] + 1;
        }
        return LocalDate.ofEpochDay(day + remaining);
    }

    /** How many study days lie in {@code from..to}, both included (0 when {@code to} is before {@code from}). */
    long studyDays(LocalDate from, LocalDate to) {
        long a = Math.max(from.toEpochDay(), start);
        long b = to.toEpochDay();
        return b < a ? 0 : b - a + 1 - offDays(a, b);
    }

    /** How many study days lie from the start through {@code date}, included. */
    long studyDaysThrough(LocalDate date) {
        return studyDays(LocalDate.ofEpochDay(start), date);
    }

    /** How many days of {@code from..to}, both included, are time off (days before the start are not counted). */
    int offDays(LocalDate from, LocalDate to) {
        return (int) offDays(from.toEpochDay(), to.toEpochDay());
    }

    private long offDays(long from, long to) {
        long off = 0;
        for (int i = 0; i < offFrom.length; i++) {
            long a = Math.max(from, offFrom[i]);
            long b = Math.min(to, offTo[i]);
            if (b >= a) {
                off += b - a + 1;
            }
        }
        return off;
    }
}
