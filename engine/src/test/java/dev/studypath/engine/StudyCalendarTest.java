package dev.studypath.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.studypath.engine.ScheduleOptions.TimeOff;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** {@link StudyCalendar} against a brute-force oracle that walks the calendar day by day. */
class StudyCalendarTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 2);

    /** Up to four ranges, overlapping or adjacent at times, some before the start. */
    private static Gen<List<TimeOff>> timeOff() {
        return lists().of(integers().between(-10, 60).zip(integers().between(1, 15),
                (from, length) -> new TimeOff(START.plusDays(from), START.plusDays(from + length - 1))))
                .ofSizeBetween(0, 4);
    }

    private static boolean off(LocalDate day, List<TimeOff> timeOff) {
        return timeOff.stream().anyMatch(r -> !day.isBefore(r.start()) && !day.isAfter(r.end()));
    }

    @Test
    void date_isTheNthDayThatIsNotOff() {
        qt().withFixedSeed(7L).withExamples(300).forAll(timeOff(), integers().between(0, 120)).checkAssert((off, n) -> {
            List<LocalDate> studyDays = new ArrayList<>();
            for (LocalDate day = START; studyDays.size() <= n; day = day.plusDays(1)) {
                if (!off(day, off)) {
                    studyDays.add(day);
                }
            }
            assertEquals(studyDays.get(n), new StudyCalendar(START, off).date(n));
        });
    }

    @Test
    void studyDaysAndOffDays_countWhatTheWalkCounts() {
        qt().withFixedSeed(7L).withExamples(300).forAll(timeOff(), integers().between(-5, 90), integers().between(0, 30))
                .checkAssert((off, from, length) -> {
                    LocalDate a = START.plusDays(from);
                    LocalDate b = a.plusDays(length);
                    long study = 0;
                    int offDays = 0;
                    for (LocalDate day = a; !day.isAfter(b); day = day.plusDays(1)) {
                        if (day.isBefore(START)) {
                            continue;
                        }
                        if (off(day, off)) {
                            offDays++;
                        } else {
                            study++;
                        }
                    }
                    StudyCalendar calendar = new StudyCalendar(START, off);
                    assertEquals(study, calendar.studyDays(a, b));
                    assertEquals(offDays, calendar.offDays(a, b));
                });
    }

    @Test
    void studyDays_ofAnEmptyRange_isZero() {
        assertEquals(0, new StudyCalendar(START, List.of()).studyDays(START.plusDays(3), START.plusDays(2)));
    }
}
