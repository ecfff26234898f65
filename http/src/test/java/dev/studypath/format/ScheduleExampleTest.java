package dev.studypath.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studypath.engine.Profile;
import dev.studypath.engine.Schedule;
import dev.studypath.engine.ScheduleFixtures;
import dev.studypath.engine.ScheduleOptions;
import dev.studypath.engine.Studypath;
import dev.studypath.engine.model.Catalog;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The schedule example of the README, compiled so that it cannot drift: public API only. */
class ScheduleExampleTest {

    @Test
    void readmeExample_schedulesAndExports() {
        Catalog catalog = ScheduleFixtures.guide();

        // README: schedule example
        Studypath studypath = Studypath.of(catalog);
        Profile me = studypath.newProfile().completed("rustlings").hoursPerWeek(6).build();
        ScheduleOptions options = ScheduleOptions.builder()
                .start(LocalDate.of(2026, 3, 2))                                   // the caller's "today"
                .timeOff(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 12))     // both days included
                .deadline(LocalDate.of(2026, 9, 30))
                .build();
        Schedule schedule = studypath.schedule("async", me, options);
        String json = ScheduleJson.render(schedule);
        String markdown = ScheduleMarkdown.render(schedule);
        String ics = ScheduleCalendar.render(schedule);
        // README: end

        assertEquals("tokio", schedule.items().get(0).project());
        assertEquals(Schedule.Deadline.Status.MET, schedule.deadline().status());
        assertTrue(json.contains("\"p95\""));
        assertTrue(markdown.startsWith("# Study schedule: async\n"));
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    }
}
