package dev.studypath.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studypath.dataset.Catalogs;
import dev.studypath.engine.Schedule;
import dev.studypath.engine.ScheduleOptions;
import dev.studypath.engine.Studypath;
import dev.studypath.engine.model.Catalog;
import dev.studypath.engine.model.Milestone;
import dev.studypath.engine.model.Project;
import dev.studypath.engine.model.Text;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Schedules in Chinese: the Markdown and the iCalendar read each milestone's title, topics and
 * checklist from the catalog in Chinese, keep every checklist item exactly once, and the calendar marks
 * its texts {@code LANGUAGE=zh-CN}.
 */
class ChineseSchedulesTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    private final Catalog catalog = Catalogs.bundled();
    private final Studypath studypath = Studypath.of(catalog);
    private final Schedule schedule = studypath.schedule("", studypath.newProfile().build(),
            ScheduleOptions.startingOn(MONDAY));

    /** What the guide asks to tick off on the whole route, in Chinese: a milestone without a checklist by its title. */
    private List<String> guideChecklist() {
        return schedule.items().stream().flatMap(item -> {
            Project project = catalog.project(item.project()).orElseThrow();
            return project.route().isEmpty() ? item.weeks().stream().map(m -> m.title().chinese())
                    : project.route().stream().flatMap(m -> m.checklist().isEmpty() ? List.of(m.title()).stream()
                            : m.checklist().stream()).map(Text::chinese);
        }).map(text -> text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip()).sorted().toList();
    }

    @Test
    void markdown_inChinese_ticksOffEveryChineseChecklistItemOnce() {
        String markdown = ScheduleMarkdown.render(schedule, catalog, Locale.CHINESE);

        List<String> ticked = markdown.lines().filter(line -> line.startsWith("- [ ] "))
                .map(line -> line.substring(6)).sorted().toList();
        assertEquals(guideChecklist(), ticked);
        assertTrue(markdown.startsWith("# 学习日程：整条路线\n\n目录 `rust-guide` · 2026-03-02 开始 · 每周 10.0 小时 · "),
                markdown);
        assertTrue(markdown.contains("\n| # | 项目 | 开始 | 结束 | 小时 |\n"), markdown);
        assertTrue(markdown.contains("\n## 第 1 周 · 2026-03-02 至 2026-03-08 · "), markdown);
        assertTrue(markdown.contains("| 1 | Rustlings - Rust 练习题集 (`rustlings`) |"), markdown);
    }

    @Test
    void markdown_inEnglish_isTheScheduleOwnRendering() {
        assertEquals(ScheduleMarkdown.render(schedule), ScheduleMarkdown.render(schedule, catalog, Locale.ENGLISH));
    }

    @Test
    void calendar_inChinese_marksItsTextsAndKeepsLinesShort() {
        String ics = ScheduleCalendar.render(schedule, catalog, Locale.CHINESE);
        String unfolded = ics.replace("\r\n ", "");

        List<String> texts = unfolded.lines().filter(line -> line.startsWith("SUMMARY") || line.startsWith("DESCRIPTION")
                || line.startsWith("X-WR-CALNAME")).toList();
        assertTrue(texts.stream().allMatch(line -> line.contains(";LANGUAGE=zh-CN:")), String.join("\n", texts));
        assertTrue(ics.lines().allMatch(line -> line.getBytes(StandardCharsets.UTF_8).length
                <= ScheduleCalendar.MAX_LINE_OCTETS), ics);
        assertTrue(unfolded.contains("\r\nSUMMARY;LANGUAGE=zh-CN:Rustlings - Rust 练习题集\r\n"), unfolded);
        assertTrue(unfolded.contains("\r\nDESCRIPTION;LANGUAGE=zh-CN:第 1 个项目，共 9 个，学习 "), unfolded);
        Milestone first = catalog.project("tokio").orElseThrow().route().get(0);
        assertTrue(unfolded.contains("SUMMARY;LANGUAGE=zh-CN:Tokio - 异步运行时：" + first.title().zh() + "\r\n"), unfolded);
        assertEquals(ScheduleCalendar.render(schedule).replace(";LANGUAGE=en", ""),
                ScheduleCalendar.render(schedule, catalog, Locale.ENGLISH).replace(";LANGUAGE=en", ""));
    }
}
