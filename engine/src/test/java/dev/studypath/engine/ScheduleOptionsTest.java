package dev.studypath.engine;

import static dev.studypath.engine.ScheduleFixtures.MONDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScheduleOptionsTest {

    @Test
    void build_withoutStart_namesTheMissingStart() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ScheduleOptions.builder().build());
        assertEquals("start", e.field());
        assertEquals("start: a start date is required, was missing", e.getMessage());
    }

    @Test
    void build_timeOffEndingBeforeItStarts_namesTheRangeAndBothDates() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ScheduleOptions.builder()
                .start(LocalDate.of(2026, 1, 1))
                .timeOff(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1))
                .build());
        assertEquals("timeOff[0]", e.field());
        assertEquals("timeOff[0]: end 2026-01-01 is before start 2026-02-01", e.getMessage());
    }

    @Test
    void build_secondTimeOffRangeReversed_namesItsIndex() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ScheduleOptions.builder()
                .start(MONDAY)
                .timeOff(MONDAY.plusDays(3), MONDAY.plusDays(4))
                .timeOff(MONDAY.plusDays(9), MONDAY.plusDays(8))
                .build());
        assertEquals("timeOff[1]: end 2026-03-10 is before start 2026-03-11", e.getMessage());
    }

    @Test
    void build_deadlineBeforeStart_namesBothDates() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ScheduleOptions.builder()
                .start(MONDAY).deadline(MONDAY.minusDays(3)).build());
        assertEquals("deadline", e.field());
        assertEquals("deadline: 2026-02-27 is before start 2026-03-02", e.getMessage());
    }

    @Test
    void build_deadlineWhollyInTimeOff_isRefusedForLeavingNoStudyDay() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ScheduleOptions.builder()
                .start(MONDAY)
                .timeOff(MONDAY.plusDays(1), MONDAY.plusDays(5))
                .timeOff(MONDAY, MONDAY)
                .deadline(MONDAY.plusDays(2))
                .build());
        assertEquals("deadline: 2026-03-04 leaves no study day: every day from start 2026-03-02 to it is time off",
                e.getMessage());
    }

    @Test
    void build_deadlineOnTheStart_isAccepted() {
        assertEquals(Optional.of(MONDAY), ScheduleOptions.builder().start(MONDAY).deadline(MONDAY).build().deadline());
    }

    @Test
    void build_samplesBelowOneThousand_namesTheRangeAndValue() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ScheduleOptions.builder()
                .start(MONDAY).samples(999).build());
        assertEquals("samples", e.field());
        assertEquals("samples: must be between 1000 and 1000000, was 999", e.getMessage());
    }

    @Test
    void build_samplesAboveOneMillion_isRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ScheduleOptions.builder()
                .start(MONDAY).samples(1_000_001).build());
        assertEquals("samples: must be between 1000 and 1000000, was 1000001", e.getMessage());
    }

    @Test
    void startingOn_usesTheDefaults() {
        ScheduleOptions options = ScheduleOptions.startingOn(MONDAY);
        assertEquals(MONDAY, options.start());
        assertEquals(List.of(), options.timeOff());
        assertEquals(Optional.empty(), options.deadline());
        assertEquals(ScheduleOptions.DEFAULT_SAMPLES, options.samples());
        assertEquals(ScheduleOptions.DEFAULT_SEED, options.seed());
    }

    @Test
    void toBuilder_rebuildsEqualOptions() {
        ScheduleOptions options = ScheduleOptions.builder().start(MONDAY).timeOff(MONDAY, MONDAY.plusDays(2))
                .deadline(MONDAY.plusDays(90)).samples(20_000).seed(7).build();
        assertEquals(options, options.toBuilder().build());
        assertEquals(options.hashCode(), options.toBuilder().build().hashCode());
    }

    @Test
    void build_timeOffReachingPastAHundredYears_isRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ScheduleOptions.builder()
                .start(MONDAY).timeOff(MONDAY, LocalDate.MAX).build());
        assertEquals("timeOff[0]: end +999999999-12-31 is more than 100 years after the schedule's start 2026-03-02",
                e.getMessage());
    }

    @Test
    void build_deadlinePastAHundredYears_isRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ScheduleOptions.builder()
                .start(MONDAY).deadline(LocalDate.of(2126, 3, 3)).build());
        assertEquals("deadline: 2126-03-03 is more than 100 years after start 2026-03-02", e.getMessage());
    }

    @Test
    void build_startInTheFarFuture_isRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ScheduleOptions.startingOn(
                LocalDate.of(9001, 1, 1)));
        assertEquals("start: must be on or before 9000-12-31, was 9001-01-01", e.getMessage());
    }
}
