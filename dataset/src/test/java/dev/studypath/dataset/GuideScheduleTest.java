package dev.studypath.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studypath.engine.Schedule;
import dev.studypath.engine.ScheduleItem;
import dev.studypath.engine.ScheduleOptions;
import dev.studypath.engine.Studypath;
import dev.studypath.engine.model.Milestone;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Schedules on the bundled guide agree with the guide's own estimates and routes. */
class GuideScheduleTest {

    private static final Studypath GUIDE = Studypath.of(Catalogs.bundled());
    private static final ScheduleOptions MONDAY = ScheduleOptions.startingOn(LocalDate.of(2026, 11, 30));

    @Test
    void rustlings_atTheBaselineHours_takesTwoToThreeWeeks() {
        Schedule schedule = GUIDE.schedule("", GUIDE.newProfile().build(), MONDAY);
        ScheduleItem rustlings = schedule.items().get(0);
        assertEquals("rustlings", rustlings.project());
        long days = ChronoUnit.DAYS.between(rustlings.start(), rustlings.end()) + 1;
        assertTrue(days >= 14 && days <= 21, days + " days");
    }

    @Test
    void tokio_milestones_followItsRoute() {
        Schedule schedule = GUIDE.schedule("async programming", GUIDE.newProfile().completed("rustlings", "mini-redis")
                .hoursPerWeek(6).build(), MONDAY);
        ScheduleItem tokio = schedule.items().get(0);
        assertEquals("tokio", tokio.project());
        List<Milestone> route = GUIDE.catalog().project("tokio").orElseThrow().route();
        assertEquals(route.stream().map(m -> m.title().en()).toList(),
                tokio.weeks().stream().map(m -> m.title().en()).toList());
        for (int i = 1; i < tokio.weeks().size(); i++) {
            assertTrue(tokio.weeks().get(i).start().isAfter(tokio.weeks().get(i - 1).start()));
        }
        assertEquals(tokio.end(), tokio.weeks().get(tokio.weeks().size() - 1).end());
        assertEquals(1, tokio.weeks().get(0).fromWeek());
        assertEquals(3, tokio.weeks().get(0).toWeek(), "weeks 1-2 of 8 at 6 h/week instead of 10 become weeks 1-3");
    }
}
