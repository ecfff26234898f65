package dev.studypath.format;

import static dev.studypath.engine.ScheduleFixtures.MONDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.studypath.engine.Schedule;
import dev.studypath.engine.ScheduleFixtures;
import dev.studypath.engine.ScheduleItem;
import dev.studypath.engine.ScheduleOptions;
import dev.studypath.engine.Studypath;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class ScheduleCalendarTest {

    private final Studypath studypath = Studypath.of(ScheduleFixtures.guide());

    private Schedule guideSchedule() {
        return studypath.schedule("async", studypath.newProfile().build(), ScheduleOptions.startingOn(MONDAY));
    }

    private static Calendar parse(String ics) {
        try {
            return new CalendarBuilder().build(new StringReader(ics));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserException e) {
            throw new AssertionError("ical4j cannot parse the calendar: " + e.getMessage() + "\n" + ics, e);
        }
    }

    private static List<VEvent> events(String ics) {
        return parse(ics).getComponents(Component.VEVENT);
    }

    private static String property(VEvent event, String name) {
        return event.getProperty(name).orElseThrow(() -> new AssertionError("no " + name)).getValue();
    }

    private static int milestones(Schedule schedule) {
        return schedule.items().stream().mapToInt(item -> item.weeks().size()).sum();
    }

    @Test
    void render_guide_parsesWithOneEventPerProjectAndMilestone() {
        Schedule schedule = guideSchedule();

        List<VEvent> events = events(ScheduleCalendar.render(schedule));

        assertEquals(2 + 3 + 4, events.size());
        VEvent rustlings = events.get(0);
        ScheduleItem item = schedule.items().get(0);
        assertEquals("Rustlings - Rust exercises", property(rustlings, "SUMMARY"));
        assertEquals("20260302", property(rustlings, "DTSTART"));
        assertEquals(item.end().plusDays(1).toString().replace("-", ""), property(rustlings, "DTEND"));
        assertEquals("DATE", rustlings.getProperty("DTSTART").orElseThrow().getParameter("VALUE").orElseThrow()
                .getValue());
        assertEquals("20260302T000000Z", property(rustlings, "DTSTAMP"));
        assertEquals("Tokio - async runtime: Async basics", property(events.get(5), "SUMMARY"));
        assertEquals("Topics: Async basics topics\nChecklist:\n[ ] Write an async fn\n[ ] Explain Pin/Unpin",
                property(events.get(5), "DESCRIPTION"));
    }

    @Test
    void render_calendarHeader_hasProdIdVersionAndScale() {
        Calendar calendar = parse(ScheduleCalendar.render(guideSchedule()));

        assertEquals("2.0", calendar.getProperty("VERSION").orElseThrow().getValue());
        assertEquals("-//studypath//studypath schedule//EN", calendar.getProperty("PRODID").orElseThrow().getValue());
        assertEquals("GREGORIAN", calendar.getProperty("CALSCALE").orElseThrow().getValue());
    }

    @Test
    void render_randomSchedules_parseWithEscapedTextsIntactAndShortCrlfLines() {
        qt().withFixedSeed(17L).withExamples(100).forAll(ScheduleFixtures.scenarios()).checkAssert(scenario -> {
            Schedule schedule = scenario.schedule();
            String ics = ScheduleCalendar.render(schedule);
            assertTrue(ics.endsWith("\r\n"));
            assertFalse(ics.replace("\r\n", "").contains("\n") || ics.replace("\r\n", "").contains("\r"),
                    "every line break is CRLF");
            for (String line : ics.split("\r\n")) {
                assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
            }
            List<VEvent> events = events(ics);
            assertEquals(schedule.items().size() + milestones(schedule), events.size());
            List<String> summaries = new ArrayList<>();
            for (ScheduleItem item : schedule.items()) {
                summaries.add(item.name().en());
                item.weeks().forEach(m -> summaries.add(item.name().en() + ": " + m.title().en()));
            }
            assertEquals(summaries, events.stream().map(e -> property(e, "SUMMARY")).toList());
            Set<String> uids = new HashSet<>();
            events.forEach(e -> uids.add(property(e, "UID")));
            assertEquals(events.size(), uids.size(), "UIDs are unique");
        });
    }

    @Test
    void render_twice_givesTheSameUidsAndBytes() {
        Schedule schedule = guideSchedule();
        Schedule again = Studypath.of(ScheduleFixtures.guide()).schedule("async", studypath.newProfile().build(),
                ScheduleOptions.startingOn(MONDAY));

        String first = ScheduleCalendar.render(schedule);
        String second = ScheduleCalendar.render(again);

        assertEquals(first, second);
        assertEquals(events(first).stream().map(e -> property(e, "UID")).toList(),
                events(second).stream().map(e -> property(e, "UID")).toList());
    }

    @Test
    void uid_dependsOnGoalButNotOnDatesOrPace() {
        Schedule slow = guideSchedule();
        Schedule fast = studypath.schedule("async", studypath.newProfile().hoursPerWeek(20).build(),
                ScheduleOptions.startingOn(LocalDate.of(2027, 1, 4)));
        Schedule whole = studypath.schedule("", studypath.newProfile().build(), ScheduleOptions.startingOn(MONDAY));

        assertEquals(ScheduleCalendar.uid(slow, "tokio", 2), ScheduleCalendar.uid(fast, "tokio", 2));
        assertNotEquals(ScheduleCalendar.uid(slow, "tokio", 2), ScheduleCalendar.uid(whole, "tokio", 2));
        assertNotEquals(ScheduleCalendar.uid(slow, "tokio", 2), ScheduleCalendar.uid(slow, "tokio", 1));
    }

    @Test
    void text_escapesBackslashSemicolonCommaAndLineBreaks() {
        assertEquals("a\\\\b\\;c\\,d\\ne\\nf", ScheduleCalendar.text("a\\b;c,d\ne\r\nf"));
    }

    @Test
    void fold_neverSplitsAMultiByteCharacter() {
        String line = "SUMMARY:" + "异步编程".repeat(20);

        String folded = ScheduleCalendar.fold(line);

        for (String part : folded.split("\r\n")) {
            assertTrue(part.getBytes(StandardCharsets.UTF_8).length <= 75, part);
            assertFalse(part.isEmpty());
        }
        assertEquals(line, folded.replace("\r\n ", ""));
        assertTrue(folded.split("\r\n")[0].getBytes(StandardCharsets.UTF_8).length > 72,
                "the first line is filled up to the limit");
    }

    @Test
    void fold_unfoldsToTheOriginalForAnyText() {
        qt().withFixedSeed(19L).withExamples(300).forAll(strings().allPossible().ofLengthBetween(0, 200))
                .checkAssert(text -> {
                    String line = "DESCRIPTION:" + ScheduleCalendar.text(text);
                    String folded = ScheduleCalendar.fold(line);
                    assertEquals(line, folded.replace("\r\n ", ""));
                    for (String part : folded.split("\r\n")) {
                        assertTrue(part.getBytes(StandardCharsets.UTF_8).length <= 75);
                    }
                });
    }
}
