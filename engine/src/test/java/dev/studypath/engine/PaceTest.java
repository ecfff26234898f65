package dev.studypath.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaceTest {

    private final Studypath studypath = Studypath.of(Fixtures.mini());
    private final Profile learner = studypath.newProfile().build();
    private static final LocalDate JAN = LocalDate.of(2026, 1, 5);

    /** A project finished in {@code ratio} times the catalog's most likely weeks at 10 h/week. */
    private FinishedProject finished(String project, double likelyWeeks, double ratio, LocalDate started) {
        long days = Math.round(likelyWeeks * 7 * ratio);
        return new FinishedProject(project, started, started.plusDays(days - 1));
    }

    private List<FinishedProject> twiceAsSlow() {
        return List.of(finished("basics", 2.5, 2, JAN), finished("grep", 3, 2, JAN.plusWeeks(6)),
                finished("server", 3.5, 2, JAN.plusWeeks(13)));
    }

    @Test
    void pace_noFinishedProject_isTheCatalogsEstimate() {
        assertEquals(Pace.ESTIMATE, studypath.pace(learner, List.of()));
    }

    @Test
    void pace_twiceAsSlowOnThreeProjects_isAbove1point5() {
        Pace pace = studypath.pace(learner, twiceAsSlow());
        assertTrue(pace.factor() > 1.5 && pace.factor() < 2, pace::toString);
        assertTrue(pace.low() < pace.factor() && pace.factor() < pace.high(), pace::toString);
        assertEquals(3, pace.observations());
    }

    @Test
    void pace_oneOutlier_doesNotSwingThePlan() {
        Pace alone = studypath.pace(learner, List.of(finished("basics", 2.5, 8, JAN)));
        assertTrue(alone.factor() > 1 && alone.factor() < 2, alone::toString);
        Pace afterThreeOnTime = studypath.pace(learner, List.of(finished("basics", 2.5, 1, JAN),
                finished("grep", 3, 1, JAN.plusWeeks(3)), finished("server", 3.5, 1, JAN.plusWeeks(6)),
                finished("runtime", 6, 8, JAN.plusWeeks(10))));
        assertTrue(afterThreeOnTime.factor() < 1.35, afterThreeOnTime::toString);
    }

    @Test
    void schedule_withASlowPace_finishesLater_andItsPercentilesStayOrdered() {
        Profile done = learner.toBuilder().completed("basics", "grep", "server").build();
        ScheduleOptions plain = ScheduleOptions.startingOn(JAN.plusWeeks(20));
        Schedule before = studypath.schedule("async networking", done, plain);
        Pace pace = studypath.pace(learner, twiceAsSlow());
        Schedule after = studypath.schedule("async networking", done, plain.toBuilder().pace(pace).build());
        assertEquals(before.projects(), after.projects());
        assertTrue(after.finish().p50().isAfter(before.finish().p50()), before.finish() + " then " + after.finish());
        assertTrue(!after.finish().p80().isBefore(after.finish().p50())
                && !after.finish().p95().isBefore(after.finish().p80()), after.finish()::toString);
        long widthBefore = before.finish().p95().toEpochDay() - before.finish().p50().toEpochDay();
        long widthAfter = after.finish().p95().toEpochDay() - after.finish().p50().toEpochDay();
        assertTrue(widthAfter > widthBefore, "the pace's uncertainty widens the range: " + widthBefore + " then "
                + widthAfter);
    }

    @Test
    void pace_growsWithTheRatio_andStaysWithinItsInterval() {
        qt().withFixedSeed(7L).forAll(doubles().between(0.3, 2.6), integers().between(1, 3)).checkAssert((ratio, n) -> {
            List<FinishedProject> few = new ArrayList<>();
            List<FinishedProject> slower = new ArrayList<>();
            String[] ids = {"basics", "grep", "server"};
            double[] weeks = {2.5, 3, 3.5};
            for (int i = 0; i < n; i++) {
                few.add(finished(ids[i], weeks[i], ratio, JAN));
                slower.add(finished(ids[i], weeks[i], ratio * 1.5, JAN));
            }
            Pace pace = studypath.pace(learner, few);
            assertTrue(pace.low() <= pace.factor() && pace.factor() <= pace.high());
            assertTrue(studypath.pace(learner, slower).factor() > pace.factor());
        });
    }

    @Test
    void finishedProject_endBeforeStart_isRefusedWithTheDates() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new FinishedProject("basics", JAN, JAN.minusDays(1)));
        assertEquals("finished: basics finished 2026-01-04, before it started 2026-01-05", e.getMessage());
    }
}
