package dev.studypath.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.studypath.engine.ScheduleFixtures.Scenario;
import dev.studypath.engine.testing.Tally;
import dev.studypath.engine.model.Prerequisite;
import dev.studypath.engine.model.Project;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariants of {@link Studypath#schedule} over random catalogs, learners and options. */
class SchedulePropertiesTest {

    private static final long SEED = 20_260_302L;
    private static final int EXAMPLES = 150;

    private static Gen<Scenario> scenarios() {
        return ScheduleFixtures.scenarios();
    }

    @Test
    void items_followThePathOrderAndNeverOverlap() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(scenarios()).checkAssert(scenario -> {
            Schedule schedule = scenario.schedule();
            List<String> path = Studypath.of(scenario.catalog()).path("", scenario.profile()).projects();
            assertEquals(path, schedule.projects());
            List<ScheduleItem> items = schedule.items();
            for (int i = 0; i < items.size(); i++) {
                assertEquals(i + 1, items.get(i).position());
                if (i > 0) {
                    assertTrue(items.get(i).start().isAfter(items.get(i - 1).end()),
                            items.get(i) + " starts after " + items.get(i - 1));
                }
            }
        });
    }

    @Test
    void everyItemAndMilestone_endsOnOrAfterItsStartWithinTheItem() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(scenarios()).checkAssert(scenario -> {
            for (ScheduleItem item : scenario.schedule().items()) {
                assertFalse(item.end().isBefore(item.start()), item.toString());
                assertFalse(item.weeks().isEmpty());
                assertEquals(item.start(), item.weeks().get(0).start());
                assertEquals(item.end(), item.weeks().get(item.weeks().size() - 1).end());
                LocalDate previous = item.start();
                for (ScheduleItem.DatedMilestone milestone : item.weeks()) {
                    assertFalse(milestone.end().isBefore(milestone.start()), milestone.toString());
                    assertFalse(milestone.start().isBefore(previous), "milestones in route order: " + item);
                    assertFalse(milestone.end().isAfter(item.end()), milestone.toString());
                    assertFalse(milestone.checklist().isEmpty());
                    previous = milestone.start();
                }
            }
        });
    }

    @Test
    void totals_equalTheSumOfTheItemsAndOfTheWeeks() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(scenarios()).checkAssert(scenario -> {
            Schedule schedule = scenario.schedule();
            double items = schedule.items().stream().mapToDouble(ScheduleItem::hours).sum();
            double weeks = schedule.weeks().stream().mapToDouble(ScheduleWeek::hours).sum();
            assertEquals(items, schedule.totals().hours(), 1e-9);
            assertEquals(items, weeks, 0.05 * schedule.weeks().size() + 1e-9);
            assertEquals(schedule.weeks().size(), schedule.totals().weeks());
            if (!schedule.items().isEmpty()) {
                LocalDate lastEnd = schedule.items().get(schedule.items().size() - 1).end();
                ScheduleWeek lastWeek = schedule.weeks().get(schedule.weeks().size() - 1);
                assertFalse(lastEnd.isBefore(lastWeek.start()) || lastEnd.isAfter(lastWeek.end()),
                        "the weeks end with the last project");
            }
        });
    }

    @Test
    void doublingTheWeeklyHours_roughlyHalvesEachProjectsDuration() {
        Gen<Scenario> withoutTimeOff = scenarios().assuming(s -> s.profile().hoursPerWeek() <= 40)
                .map(s -> s.with(ScheduleOptions.builder().start(s.options().start()).samples(ScheduleFixtures.SAMPLES).build()));
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(withoutTimeOff).checkAssert(scenario -> {
            List<ScheduleItem> slow = scenario.schedule().items();
            List<ScheduleItem> fast = scenario.withHours(2 * scenario.profile().hoursPerWeek()).schedule().items();
            assertEquals(slow.size(), fast.size());
            for (int i = 0; i < slow.size(); i++) {
                assertEquals(slow.get(i).hours(), fast.get(i).hours());
                long difference = Math.abs(slow.get(i).days() - 2 * fast.get(i).days());
                assertTrue(difference <= 7, slow.get(i).project() + ": " + slow.get(i).days() + " days at "
                        + scenario.profile().hoursPerWeek() + " h/week, " + fast.get(i).days() + " at double");
            }
        });
    }

    @Test
    void timeOff_pushesEveryLaterDateByItsLength() {
        Gen<int[]> ranges = integers().between(0, 90).zip(integers().between(1, 30), (from, length) ->
                new int[] {from, length});
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(scenarios(), ranges).checkAssert((scenario, range) -> {
            LocalDate start = scenario.options().start();
            LocalDate from = start.plusDays(range[0]);
            int length = range[1];
            Schedule before = scenario.with(ScheduleOptions.builder().start(start).samples(ScheduleFixtures.SAMPLES).build()).schedule();
            Schedule after = scenario.with(ScheduleOptions.builder().start(start).samples(ScheduleFixtures.SAMPLES)
                    .timeOff(from, from.plusDays(length - 1)).build()).schedule();
            UnaryOperator<LocalDate> shift = date -> date.isBefore(from) ? date : date.plusDays(length);
            assertEquals(dates(before, shift), dates(after, UnaryOperator.identity()));
        });
    }

    private static List<LocalDate> dates(Schedule schedule, UnaryOperator<LocalDate> map) {
        List<LocalDate> dates = new ArrayList<>();
        for (ScheduleItem item : schedule.items()) {
            dates.add(map.apply(item.start()));
            dates.add(map.apply(item.end()));
            for (ScheduleItem.DatedMilestone milestone : item.weeks()) {
                dates.add(map.apply(milestone.start()));
                dates.add(map.apply(milestone.end()));
            }
        }
        if (!schedule.items().isEmpty()) {
            dates.add(map.apply(schedule.finish().p50()));
            dates.add(map.apply(schedule.finish().p80()));
            dates.add(map.apply(schedule.finish().p95()));
        }
        return dates;
    }

    @Test
    void finishPercentiles_neverDecrease() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(scenarios()).checkAssert(scenario -> {
            Schedule.Finish finish = scenario.schedule().finish();
            assertFalse(finish.p80().isBefore(finish.p50()), finish.toString());
            assertFalse(finish.p95().isBefore(finish.p80()), finish.toString());
            assertTrue(finish.hoursP50() <= finish.hoursP80() && finish.hoursP80() <= finish.hoursP95(),
                    finish.toString());
        });
    }

    @Test
    void deadline_keepsProjectsWhosePrerequisitesAreAllKeptOrCompleted_andSaysWhyTheOthersWereDropped() {
        Tally tally = new Tally();
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(scenarios(), integers().between(0, 400))
                .checkAssert((scenario, days) -> {
                    LocalDate deadline = scenario.options().start().plusDays(days);
                    Schedule schedule;
                    try {
                        schedule = scenario.with(scenario.options().toBuilder().deadline(deadline).build()).schedule();
                    } catch (InvalidInputException noStudyDay) {
                        tally.skipped();
                        return;
                    }
                    tally.checked();
                    Schedule.Deadline fit = schedule.deadline();
                    List<String> path = Studypath.of(scenario.catalog()).path("", scenario.profile()).projects();
                    assertEquals(path.stream().filter(fit.kept()::contains).toList(), fit.kept());
                    assertEquals(path.stream().filter(fit.dropped()::contains).toList(), fit.dropped());
                    assertEquals(path.size(), fit.kept().size() + fit.dropped().size());
                    assertEquals(fit.kept(), schedule.projects());
                    Set<String> available = new HashSet<>(fit.kept());
                    available.addAll(scenario.profile().completed());
                    for (String kept : fit.kept()) {
                        Project project = scenario.catalog().project(kept).orElseThrow();
                        for (Prerequisite prerequisite : project.prerequisites()) {
                            assertTrue(available.contains(prerequisite.project()),
                                    kept + " is kept but needs dropped " + prerequisite.project());
                        }
                    }
                    schedule.items().forEach(item -> assertFalse(item.end().isAfter(deadline), item.toString()));
                    assertEquals(fit.dropped(), fit.why().stream().map(Schedule.Dropped::project).toList());
                    for (Schedule.Dropped dropped : fit.why()) {
                        assertTrue(dropped.end().isAfter(deadline), dropped + " would end after the deadline");
                        assertTrue(fit.dropped().contains(dropped.target()), dropped + " names a dropped target");
                    }
                });
        tally.requireChecked(EXAMPLES * 9 / 10, 0.1);
    }

    @Test
    void deadline_hoursNeeded_areJustEnoughToKeepEverything() {
        Tally tally = new Tally();
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(scenarios(), integers().between(0, 400))
                .checkAssert((scenario, days) -> {
                    ScheduleOptions options;
                    try {
                        options = scenario.options().toBuilder().deadline(scenario.options().start().plusDays(days))
                                .build();
                    } catch (InvalidInputException noStudyDay) {
                        tally.skipped();
                        return;
                    }
                    tally.checked();
                    Schedule.Deadline fit = scenario.with(options).schedule().deadline();
                    double needed = fit.hoursPerWeekNeeded();
                    if (fit.withinLimit() && needed >= Profile.MIN_HOURS) {
                        assertEquals(Schedule.Deadline.Status.MET,
                                scenario.with(options).withHours(needed).schedule().deadline().status());
                    }
                    if (fit.withinLimit() && needed - 0.1 >= Profile.MIN_HOURS) {
                        assertEquals(Schedule.Deadline.Status.MISSED,
                                scenario.with(options).withHours(needed - 0.1).schedule().deadline().status());
                    }
                    assertEquals(fit.withinLimit() && needed <= scenario.profile().hoursPerWeek(),
                            fit.dropped().isEmpty(), "nothing is dropped exactly when the learner's hours suffice");
                });
        tally.requireChecked(EXAMPLES * 9 / 10, 0.1);
    }

    @Test
    void sameInput_givesAnEqualSchedule() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(scenarios()).checkAssert(scenario -> {
            Schedule first = scenario.schedule();
            Schedule second = new Scenario(scenario.catalog(), scenario.profile().toBuilder().build(),
                    scenario.options().toBuilder().build()).schedule();
            assertEquals(first, second);
            assertEquals(first.toString(), second.toString());
        });
    }

    /** The generator reaches the cases the properties are about; otherwise they would pass vacuously. */
    @Test
    void scenarios_coverEmptyLongOpenEndedAndDroppingCases() {
        int[] seen = new int[6];
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(scenarios()).checkAssert(scenario -> {
            Schedule schedule = scenario.schedule();
            seen[0] += schedule.items().isEmpty() ? 1 : 0;
            seen[1] += schedule.items().size() >= 5 ? 1 : 0;
            seen[2] += scenario.catalog().projects().stream().anyMatch(p -> p.effort().range().openEnded()) ? 1 : 0;
            seen[3] += schedule.weeks().stream().anyMatch(ScheduleWeek::timeOff) ? 1 : 0;
            seen[4] += scenario.profile().completed().isEmpty() ? 0 : 1;
            LocalDate halfway = schedule.start().plusDays((schedule.finish().p50().toEpochDay()
                    - schedule.start().toEpochDay()) / 2);
            try {
                seen[5] += scenario.with(scenario.options().toBuilder().deadline(halfway).build()).schedule()
                        .deadline().dropped().isEmpty() ? 0 : 1;
            } catch (InvalidInputException halfwayIsTimeOff) {
                // no study day before the deadline: not a dropping case
            }
        });
        for (int count : seen) {
            assertTrue(count >= 5, "every case occurs at least five times: " + Arrays.toString(seen));
        }
    }
}
