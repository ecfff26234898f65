package dev.studypath.engine;

import static dev.studypath.engine.ScheduleFixtures.MONDAY;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Schedules of the guide slice ({@link ScheduleFixtures#guide()}), checked against the guide's facts. */
class ScheduleTest {

    private final Studypath studypath = Studypath.of(ScheduleFixtures.guide());
    private final Profile baseline = studypath.newProfile().build();

    @Test
    void rustlings_atTheBaselineHours_takesTwoToThreeWeeks() {
        Schedule schedule = studypath.schedule("async", baseline, ScheduleOptions.startingOn(MONDAY));

        ScheduleItem rustlings = schedule.items().get(0);
        assertEquals("rustlings", rustlings.project());
        assertEquals(MONDAY, rustlings.start());
        assertTrue(rustlings.days() >= 14 && rustlings.days() <= 21, "rustlings takes " + rustlings.days() + " days");
        assertTrue(rustlings.hours() >= 20 && rustlings.hours() <= 30, "rustlings takes " + rustlings.hours() + " h");
    }

    @Test
    void tokio_milestones_followItsRouteInOrder() {
        Schedule schedule = studypath.schedule("async", baseline, ScheduleOptions.startingOn(MONDAY));

        ScheduleItem tokio = schedule.items().get(1);
        assertEquals(List.of("Async basics", "Runtime", "Network programming", "Advanced features"),
                tokio.weeks().stream().map(m -> m.title().en()).toList());
        for (int j = 1; j < tokio.weeks().size(); j++) {
            assertTrue(tokio.weeks().get(j).start().isAfter(tokio.weeks().get(j - 1).end()),
                    "milestone " + (j + 1) + " starts after milestone " + j + " ends");
        }
        assertEquals(tokio.start(), tokio.weeks().get(0).start());
        assertEquals(tokio.end(), tokio.weeks().get(3).end());
    }

    @Test
    void tokio_atSixHoursAWeek_stretchesWeeksOneToTwoOverCalendarWeeksOneToThree() {
        Profile sixHours = studypath.newProfile().completed("rustlings").hoursPerWeek(6).build();

        Schedule schedule = studypath.schedule("async", sixHours, ScheduleOptions.startingOn(MONDAY));

        ScheduleItem tokio = schedule.items().get(0);
        ScheduleItem.DatedMilestone basics = tokio.weeks().get(0);
        assertEquals(List.of(1, 3), List.of(basics.fromWeek(), basics.toWeek()));
        assertEquals(List.of("Write an async fn", "Explain Pin/Unpin"), basics.checklist());
        assertTrue(tokio.days() >= 63 && tokio.days() <= 77, "tokio takes about 10 weeks: " + tokio.days());
    }

    @Test
    void projectWithoutRoute_getsOneStudyMilestoneOverItsWholeSpan() {
        Schedule schedule = studypath.schedule("", baseline, ScheduleOptions.startingOn(MONDAY));

        ScheduleItem clap = schedule.items().stream().filter(i -> i.project().equals("clap")).findFirst().orElseThrow();
        assertEquals(1, clap.weeks().size());
        ScheduleItem.DatedMilestone study = clap.weeks().get(0);
        assertEquals("Study " + clap.name().en(), study.title().en());
        assertEquals(List.of(study.title().en()), study.checklist());
        assertEquals(List.of(clap.start(), clap.end()), List.of(study.start(), study.end()));
    }

    @Test
    void milestoneWithoutChecklist_isTickedOffByItsTitle() {
        Schedule schedule = studypath.schedule("async", baseline, ScheduleOptions.startingOn(MONDAY));

        assertEquals(List.of("Advanced features"), schedule.items().get(1).weeks().get(3).checklist());
    }

    @Test
    void knownSkills_shortenTheProjectsThatTeachThem() {
        Profile knowsAsync = studypath.newProfile().completed("rustlings").known("async", 5).build();
        Profile newToAsync = studypath.newProfile().completed("rustlings").build();

        double discounted = studypath.schedule("tokio", knowsAsync, ScheduleOptions.startingOn(MONDAY)).totals().hours();
        double full = studypath.schedule("tokio", newToAsync, ScheduleOptions.startingOn(MONDAY)).totals().hours();

        assertEquals(full / 2, discounted, 0.1);
    }

    @Test
    void fullWeekOfTimeOff_isShownAsTimeOffAndPushesTheRestByAWeek() {
        ScheduleOptions plain = ScheduleOptions.startingOn(MONDAY);
        ScheduleOptions holiday = ScheduleOptions.builder().start(MONDAY)
                .timeOff(MONDAY.plusDays(7), MONDAY.plusDays(13)).build();

        Schedule before = studypath.schedule("async", baseline, plain);
        Schedule after = studypath.schedule("async", baseline, holiday);

        ScheduleWeek second = after.weeks().get(1);
        assertAll(
                () -> assertTrue(second.timeOff()),
                () -> assertEquals(7, second.daysOff()),
                () -> assertEquals(List.of(), second.work()),
                () -> assertEquals(0.0, second.hours()),
                () -> assertEquals(before.items().get(0).end().plusDays(7), after.items().get(0).end()),
                () -> assertEquals(before.finish().p95().plusDays(7), after.finish().p95()),
                () -> assertEquals(before.weeks().size() + 1, after.weeks().size()));
    }

    @Test
    void partWeekOfTimeOff_leavesProportionallyFewerHours() {
        ScheduleOptions twoDaysOff = ScheduleOptions.builder().start(MONDAY)
                .timeOff(MONDAY.plusDays(7), MONDAY.plusDays(8)).build();

        Schedule schedule = studypath.schedule("async", baseline, twoDaysOff);

        ScheduleWeek second = schedule.weeks().get(1);
        assertEquals(2, second.daysOff());
        assertEquals(schedule.weeks().get(0).hours() * 5 / 7, second.hours(), 0.1);
        assertEquals(ScheduleFixtures.BASELINE, schedule.weeks().get(0).hours(), 0.5);
    }

    @Test
    void weeks_listEveryMilestoneWorkedOnInThem() {
        Schedule schedule = studypath.schedule("async", baseline, ScheduleOptions.startingOn(MONDAY));

        List<ScheduleItem.DatedMilestone> rustlings = schedule.items().get(0).weeks();
        assertEquals(List.of(new ScheduleWeek.Work("rustlings", 1, rustlings.get(0).title()),
                new ScheduleWeek.Work("rustlings", 2, rustlings.get(1).title())), schedule.weeks().get(0).work());
        ScheduleWeek third = schedule.weeks().get(2);
        assertEquals(List.of("rustlings 3", "tokio 1"),
                third.work().stream().map(w -> w.project() + " " + w.milestone()).toList());
        double weekHours = schedule.weeks().stream().mapToDouble(ScheduleWeek::hours).sum();
        assertEquals(schedule.totals().hours(), weekHours, 0.05 * schedule.weeks().size());
    }

    @Test
    void deadlineTooEarlyForTokio_dropsItAndSaysWhatWouldFitEverything() {
        LocalDate deadline = MONDAY.plusDays(30);
        ScheduleOptions options = ScheduleOptions.builder().start(MONDAY).deadline(deadline).build();

        Schedule schedule = studypath.schedule("async", baseline, options);

        Schedule.Deadline fit = schedule.deadline();
        assertAll(
                () -> assertEquals(Schedule.Deadline.Status.MISSED, fit.status()),
                () -> assertEquals(deadline, fit.date()),
                () -> assertEquals(List.of("rustlings"), fit.kept()),
                () -> assertEquals(List.of("tokio"), fit.dropped()),
                () -> assertEquals(List.of("rustlings"), schedule.projects()),
                () -> assertTrue(fit.withinLimit()),
                () -> assertTrue(fit.hoursPerWeekNeeded() > 18 && fit.hoursPerWeekNeeded() < 21,
                        "about 85 h in 31 days: " + fit.hoursPerWeekNeeded()));
        Profile needed = baseline.toBuilder().hoursPerWeek(fit.hoursPerWeekNeeded()).build();
        Profile less = baseline.toBuilder().hoursPerWeek(fit.hoursPerWeekNeeded() - 0.1).build();
        assertEquals(Schedule.Deadline.Status.MET, studypath.schedule("async", needed, options).deadline().status());
        assertEquals(Schedule.Deadline.Status.MISSED, studypath.schedule("async", less, options).deadline().status());
    }

    @Test
    void deadlineThatNeedsMoreThanEightyHours_saysItIsOutOfReach() {
        ScheduleOptions options = ScheduleOptions.builder().start(MONDAY).deadline(MONDAY.plusDays(3)).build();

        Schedule.Deadline fit = studypath.schedule("async", baseline, options).deadline();

        assertEquals(List.of(), fit.kept());
        assertEquals(List.of("rustlings", "tokio"), fit.dropped());
        assertTrue(fit.hoursPerWeekNeeded() > Profile.MAX_HOURS, "needs " + fit.hoursPerWeekNeeded());
        assertFalse(fit.withinLimit());
    }

    @Test
    void laterDeadline_keepsEverything() {
        ScheduleOptions options = ScheduleOptions.builder().start(MONDAY).deadline(MONDAY.plusDays(200)).build();

        Schedule schedule = studypath.schedule("async", baseline, options);

        assertEquals(Schedule.Deadline.Status.MET, schedule.deadline().status());
        assertEquals(List.of("rustlings", "tokio"), schedule.deadline().kept());
        assertTrue(schedule.deadline().hoursPerWeekNeeded() < baseline.hoursPerWeek());
    }

    @Test
    void noDeadline_keepsEverythingAtTheLearnersHours() {
        Schedule schedule = studypath.schedule("async", baseline, ScheduleOptions.startingOn(MONDAY));

        Schedule.Deadline none = schedule.deadline();
        assertEquals(Schedule.Deadline.Status.NONE, none.status());
        assertEquals(schedule.finish().p50(), none.date());
        assertEquals(List.of("rustlings", "tokio"), none.kept());
        assertEquals(List.of(), none.dropped());
        assertEquals(baseline.hoursPerWeek(), none.hoursPerWeekNeeded());
    }

    @Test
    void finish_medianIsThePlansEndAndLaterPercentilesAreLater() {
        Schedule schedule = studypath.schedule("async", baseline, ScheduleOptions.startingOn(MONDAY));

        Schedule.Finish finish = schedule.finish();
        assertEquals(schedule.items().get(1).end(), finish.p50());
        assertTrue(finish.p80().isAfter(finish.p50()), finish.toString());
        assertTrue(finish.p95().isAfter(finish.p80()), finish.toString());
        assertEquals(schedule.totals().hours(), finish.hoursP50());
    }

    @Test
    void anotherSeed_movesTheFinishOnlyALittle() {
        Schedule seeded = studypath.schedule("async", baseline, ScheduleOptions.startingOn(MONDAY));
        Schedule reseeded = studypath.schedule("async", baseline,
                ScheduleOptions.builder().start(MONDAY).seed(99).build());

        assertEquals(seeded.totals().hours(), reseeded.totals().hours(), 1.0);
    }

    @Test
    void completedGoal_givesAnEmptyScheduleFinishingOnTheStart() {
        Profile done = studypath.newProfile().completed("rustlings", "tokio").build();

        Schedule schedule = studypath.schedule("async", done, ScheduleOptions.startingOn(MONDAY));

        assertEquals(List.of(), schedule.items());
        assertEquals(List.of(), schedule.weeks());
        assertEquals(new Schedule.Totals(0, 0), schedule.totals());
        assertEquals(new Schedule.Finish(MONDAY, MONDAY, MONDAY, 0, 0, 0), schedule.finish());
    }

    @Test
    void startOnTimeOff_beginsStudyOnTheFirstDayBack() {
        ScheduleOptions options = ScheduleOptions.builder().start(MONDAY).timeOff(MONDAY.minusDays(2), MONDAY.plusDays(2))
                .build();

        Schedule schedule = studypath.schedule("async", baseline, options);

        assertEquals(MONDAY.plusDays(3), schedule.items().get(0).start());
        assertEquals(3, schedule.weeks().get(0).daysOff());
    }

    @Test
    void schedule_unknownGoal_throwsWithoutScheduling() {
        assertThrows(UnknownGoalException.class,
                () -> studypath.schedule("quantum knitting", baseline, ScheduleOptions.startingOn(MONDAY)));
    }
}
