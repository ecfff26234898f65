package dev.studypath.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.studypath.engine.ProgressEvent.Kind;
import dev.studypath.engine.ProgressReport.Standing.Status;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One definition of done, and "ahead or behind" against the plan made when the goal was set (issue 15). */
class ProgressTest {

    private static final LocalDate NOV_28 = LocalDate.of(2026, 11, 28);
    private static final LocalDate JAN_5 = LocalDate.of(2026, 1, 5);

    private final Studypath studypath = Studypath.of(Fixtures.mini());
    private final Profile tenHours = studypath.newProfile().build();

    private static ProgressEvent event(String project, Kind kind, LocalDate on) {
        return new ProgressEvent(project, kind, on);
    }

    private static ProgressLog log(ProgressEvent... events) {
        return new ProgressLog(List.of(events));
    }

    /**
     * Issue 15: with the runtime done, {@code path} said everything was done while {@code progress}
     * still listed its prerequisites as to study, "1 of 3 projects done, 50 % of the hours".
     */
    @Test
    void progress_aDoneProjectImpliesItsPrerequisites_soItAgreesWithPath() {
        ProgressLog log = log(event("runtime", Kind.DONE, LocalDate.of(2026, 11, 1)));
        ProgressReport report = studypath.progress("async networking", tenHours, log, NOV_28);
        assertEquals(List.of(), studypath.path("async networking", log.applyTo(tenHours)).projects());
        assertEquals(List.of(), report.remaining());
        assertEquals(List.of("runtime"), report.done());
        assertEquals(List.of("basics", "server"), report.implied());
        assertEquals(1.0, report.fractionDone());
        // basics 2-3 weeks, server 3-4, runtime 4-8 at 10 h: 25 + 35 + 60 hours
        assertEquals(120.0, report.hoursDone(), 1e-9);
    }

    /**
     * Issue 15: a project recorded as finished on the first day of tracking (done before, recorded
     * now) and another started that day gave "4.0 weeks ahead"; it is work from before the plan.
     */
    @Test
    void progress_workRecordedOnTheFirstDay_isNotSpeed_theLearnerIsOnPlan() {
        Profile six = tenHours.toBuilder().hoursPerWeek(6).build();
        ProgressLog log = log(event("basics", Kind.DONE, NOV_28), event("server", Kind.STARTED, NOV_28));
        ProgressReport report = studypath.progress("async networking", six, log, NOV_28);
        assertEquals(Status.ON_PLAN, report.standing().status());
        assertEquals(0.0, report.weeksAhead());
        assertEquals(List.of("server", "runtime"), report.remaining());
    }

    /** A project finished later but dated before the goal was set leaves the plan instead of counting as speed. */
    @Test
    void progress_backdatedEntryAfterTheGoalWasSet_isNotSpeed() {
        Profile six = tenHours.toBuilder().hoursPerWeek(6).build();
        Baseline baseline = studypath.baseline("async networking", six, NOV_28);
        assertEquals(List.of("basics", "server", "runtime"),
                baseline.projects().stream().map(Baseline.Planned::project).toList());
        ProgressLog log = log(event("server", Kind.STARTED, NOV_28), event("basics", Kind.DONE, NOV_28.minusDays(20)));
        ProgressReport report = studypath.progress("async networking", six, log, NOV_28.plusDays(7), baseline);
        // the plan, without basics, expected 6 h in the week; server, started on day one, is credited 6 h
        assertEquals(6.0, report.standing().hoursExpected(), 1e-9);
        assertEquals(6.0, report.standing().hoursCredited(), 1e-9);
        assertEquals(Status.ON_PLAN, report.standing().status());
    }

    /**
     * Issue 15, the same story a day later: the goal was set yesterday, and today the learner marks a
     * project done (no start recorded) and starts the next. Nothing shows the project was studied since
     * yesterday: it brings them up to the plan, not four weeks ahead of it.
     */
    @Test
    void progress_projectMarkedDoneWithoutAStartSinceThePlan_isOnPlan_notAhead() {
        Profile six = tenHours.toBuilder().hoursPerWeek(6).build();
        Baseline baseline = studypath.baseline("async networking", six, NOV_28.minusDays(1));
        ProgressLog log = log(event("basics", Kind.DONE, NOV_28), event("server", Kind.STARTED, NOV_28));
        ProgressReport report = studypath.progress("async networking", six, log, NOV_28, baseline);
        assertEquals(6 / 7.0, report.standing().hoursExpected(), 1e-9);
        assertEquals(6 / 7.0, report.standing().hoursCredited(), 1e-9);
        assertEquals(Status.ON_PLAN, report.standing().status());
        // weeks later, with nothing else done, the same project no longer keeps them on plan
        ProgressReport later = studypath.progress("async networking", six, log, NOV_28.plusWeeks(12), baseline);
        assertEquals(Status.BEHIND, later.standing().status());
    }

    @Test
    void progress_projectFinishedInThreeDaysOfTwoAndAHalfWeeks_isAhead() {
        Baseline baseline = studypath.baseline("async networking", tenHours, JAN_5);
        ProgressLog log = log(event("basics", Kind.STARTED, JAN_5), event("basics", Kind.DONE, JAN_5.plusDays(3)));
        ProgressReport report = studypath.progress("async networking", tenHours, log, JAN_5.plusDays(3), baseline);
        // credited 25 h of basics, expected 3 days at 10/7 h a day
        assertEquals((25 - 30 / 7.0) / 10, report.weeksAhead(), 1e-9);
        assertEquals(Status.AHEAD, report.standing().status());
    }

    @Test
    void progress_eightWeeksOnAProjectOfTwoAndAHalf_isBehind() {
        ProgressLog log = log(event("basics", Kind.STARTED, JAN_5));
        ProgressReport report = studypath.progress("async networking", tenHours, log, JAN_5.plusWeeks(8));
        // expected 80 h of 120; basics in progress is credited at most its 25 h
        assertEquals(-5.5, report.weeksAhead(), 1e-9);
        assertEquals(Status.BEHIND, report.standing().status());
        assertEquals(JAN_5, report.standing().since());
    }

    @Test
    void progress_withinHalfAWeek_isOnPlan() {
        ProgressLog log = log(event("basics", Kind.STARTED, JAN_5));
        // day 20: basics (25 h = 17.5 days) credited 25 h, expected 200/7 = 28.6 h: 0.36 weeks behind
        ProgressReport report = studypath.progress("async networking", tenHours, log, JAN_5.plusDays(20));
        assertEquals((25 - 200 / 7.0) / 10, report.weeksAhead(), 1e-9);
        assertEquals(Status.ON_PLAN, report.standing().status());
    }

    @Test
    void progress_emptyLog_isNotStarted() {
        ProgressReport report = studypath.progress("async networking", tenHours, ProgressLog.EMPTY, JAN_5);
        assertEquals(Status.NOT_STARTED, report.standing().status());
        assertEquals(List.of("basics", "server", "runtime"), report.remaining());
    }

    @Test
    void progress_todayBeforeTheLog_isRefusedNamingTodayAndTheEntry() {
        ProgressLog log = log(event("server", Kind.STARTED, NOV_28));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> studypath.progress("async", tenHours, log, NOV_28.minusDays(1)));
        assertEquals("today: 2026-11-27 is before the log's latest entry: server started on 2026-11-28", e.getMessage());
    }

    @Test
    void progress_baselineStartingAfterToday_isRefused() {
        Baseline baseline = studypath.baseline("async", tenHours, NOV_28);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> studypath.progress("async", tenHours, ProgressLog.EMPTY, NOV_28.minusDays(1), baseline));
        assertEquals("baseline.start: 2026-11-28 is after today 2026-11-27", e.getMessage());
    }
}
