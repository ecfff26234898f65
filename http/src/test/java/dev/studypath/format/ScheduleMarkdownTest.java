package dev.studypath.format;

import static dev.studypath.engine.ScheduleFixtures.MONDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.studypath.engine.Profile;
import dev.studypath.engine.Schedule;
import dev.studypath.engine.ScheduleFixtures;
import dev.studypath.engine.ScheduleItem;
import dev.studypath.engine.ScheduleOptions;
import dev.studypath.engine.Studypath;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleMarkdownTest {

    private final Studypath studypath = Studypath.of(ScheduleFixtures.guide());
    private final Profile baseline = studypath.newProfile().build();

    private static List<String> checklistLines(String markdown) {
        return markdown.lines().filter(line -> line.startsWith("- [ ] ")).toList();
    }

    private static long checklistItems(Schedule schedule) {
        return schedule.items().stream().flatMap(item -> item.weeks().stream())
                .mapToLong(milestone -> milestone.checklist().size()).sum();
    }

    @Test
    void render_oneProjectWithoutRoute_givesTableAndWeeklyChecklist() {
        Schedule schedule = studypath.schedule("cli", baseline, ScheduleOptions.startingOn(MONDAY));
        ScheduleItem clap = schedule.items().get(0);

        String expected = """
                # Study schedule: cli

                Catalog `guide` · start 2026-03-02 · 10.0 h/week · %1$s h over 2 weeks

                Pace: the catalog's estimates as they are (no finished project with a start and an end date yet).

                Finish: %2$s (P50) · %3$s (P80) · %4$s (P95)

                | # | Project | Start | End | Hours |
                |--:|---------|-------|-----|------:|
                | 1 | clap; parse args, \\ and "more" (`clap`) | 2026-03-02 | %2$s | %1$s |

                ## Week 1 · 2026-03-02 to 2026-03-08 · %5$s h

                - **clap; parse args, \\ and "more"**: Study clap; parse args, \\ and "more"

                ## Week 2 · 2026-03-09 to 2026-03-15 · %6$s h

                - **clap; parse args, \\ and "more"**: Study clap; parse args, \\ and "more"

                To tick off:

                - [ ] Study clap; parse args, \\ and "more"
                """.formatted(hours(clap.hours()), clap.end(), schedule.finish().p80(), schedule.finish().p95(),
                hours(schedule.weeks().get(0).hours()), hours(schedule.weeks().get(1).hours()));
        assertEquals(expected, ScheduleMarkdown.render(schedule));
    }

    private static String hours(double hours) {
        return String.format(java.util.Locale.ROOT, "%.1f", hours);
    }

    @Test
    void render_hasOneChecklistLinePerMilestoneChecklistItem() {
        qt().withFixedSeed(13L).withExamples(100).forAll(ScheduleFixtures.scenarios()).checkAssert(scenario -> {
            Schedule schedule = scenario.schedule();
            assertEquals(checklistItems(schedule), checklistLines(ScheduleMarkdown.render(schedule)).size());
        });
    }

    @Test
    void render_hasOneTableRowPerProjectWithFiveCells() {
        qt().withFixedSeed(13L).withExamples(100).forAll(ScheduleFixtures.scenarios()).checkAssert(scenario -> {
            Schedule schedule = scenario.schedule();
            List<String> rows = ScheduleMarkdown.render(schedule).lines()
                    .filter(line -> line.matches("\\| \\d+ \\|.*")).toList();
            assertEquals(schedule.items().size(), rows.size());
            for (String row : rows) {
                assertEquals(6, row.replace("\\|", "").chars().filter(c -> c == '|').count(), row);
            }
        });
    }

    @Test
    void render_guide_listsTokioChecklistInRouteOrder() {
        Schedule schedule = studypath.schedule("async", baseline, ScheduleOptions.startingOn(MONDAY));

        List<String> lines = checklistLines(ScheduleMarkdown.render(schedule));

        assertEquals(List.of("- [ ] Exercises 01-05 done", "- [ ] Exercises 06-12 done", "- [ ] Exercises 13-21 done",
                "- [ ] Read the answers", "- [ ] Write an async fn", "- [ ] Explain Pin/Unpin",
                "- [ ] Configure a runtime", "- [ ] Echo server over TCP", "- [ ] HTTP client",
                "- [ ] Advanced features"), lines);
    }

    @Test
    void render_timeOffWeekAndMissedDeadline_areSpelledOut() {
        ScheduleOptions options = ScheduleOptions.builder().start(MONDAY).timeOff(MONDAY.plusDays(7),
                MONDAY.plusDays(13)).deadline(MONDAY.plusDays(30)).build();
        Schedule schedule = studypath.schedule("async", baseline, options);

        String markdown = ScheduleMarkdown.render(schedule);

        assertTrue(markdown.contains("\n## Week 2 · 2026-03-09 to 2026-03-15 · time off\n"), markdown);
        assertTrue(markdown.contains("\nDeadline 2026-04-01 at 80% confidence: it leaves out tokio (chance of "), markdown);
        assertTrue(markdown.contains("\n- Dropped tokio: with what it needs it would end "
                + schedule.deadline().why().get(0).end() + " (P80), after the deadline.\n"), markdown);
        assertTrue(markdown.contains("\nFinishing everything by then at 80% confidence would need "
                + Words.of(java.util.Locale.ENGLISH).number(schedule.deadline().hoursPerWeekNeeded()) + " h/week.\n"), markdown);
    }

    @Test
    void render_emptySchedule_saysWhy_andHasNoFinishDate() {
        Profile done = studypath.newProfile().completed("rustlings", "tokio").build();

        String markdown = ScheduleMarkdown.render(studypath.schedule("async", done, ScheduleOptions.startingOn(MONDAY)));

        assertTrue(markdown.contains("\nNothing to schedule for this goal: you completed tokio; you know async at level 5, "
                + "and no project teaches it beyond level 5.\n"), markdown);
        assertFalse(markdown.contains("Finish:"), markdown);
        assertEquals(List.of(), checklistLines(markdown));
    }

    /** Issue 15: a deadline too soon for anything printed "Finish: (start) (P50)" and no reason. */
    @Test
    void render_nothingFitsTheDeadline_saysSoWithTheHoursNeeded() {
        ScheduleOptions options = ScheduleOptions.builder().start(MONDAY).deadline(MONDAY.plusDays(6)).build();
        Schedule schedule = studypath.schedule("async", baseline, options);

        String markdown = ScheduleMarkdown.render(schedule);

        assertTrue(markdown.contains("\nNothing to schedule: no project ends by the deadline 2026-03-08 at 80% "
                + "confidence.\n"), markdown);
        assertTrue(markdown.contains("it leaves out rustlings, tokio (chance of finishing the whole path by then: 0%)."),
                markdown);
        assertFalse(markdown.contains("Finish:"), markdown);
    }
}
