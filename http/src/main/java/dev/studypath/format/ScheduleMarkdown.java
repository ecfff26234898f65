package dev.studypath.format;

import dev.studypath.engine.Schedule;
import dev.studypath.engine.ScheduleItem;
import dev.studypath.engine.ScheduleWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import dev.studypath.engine.model.Catalog;

/**
 * A {@link Schedule} as Markdown, ready to paste into notes: a heading with the totals and finish
 * dates, a table of the projects with their dates and hours, what a deadline dropped, then a
 * section per calendar week: the milestones to work on, the days off, and a checklist.
 *
 * <p>Each checklist item of each milestone appears exactly once, as a {@code - [ ] item} line in the
 * week in which its milestone ends; nothing else starts with {@code - [ ]}. Texts are put on one
 * line; {@code |} is escaped in table cells. In English or Chinese
 * ({@link Words}); names, titles, topics and checklists are read in that language from the catalog.
 */
public final class ScheduleMarkdown {

    private ScheduleMarkdown() {
    }

    /** The schedule as Markdown in English, lines ending with {@code \n}. */
    public static String render(Schedule schedule) {
        return render(schedule, Optional.empty(), Words.of(java.util.Locale.ENGLISH));
    }

    /**
     * The schedule as Markdown in {@code locale}'s language, with the milestones' checklists from
     * {@code catalog} (the catalog the schedule was made from), lines ending with {@code \n}.
     */
    public static String render(Schedule schedule, Catalog catalog, Locale locale) {
        return render(schedule, Optional.of(catalog), Words.of(locale));
    }

    private static String render(Schedule schedule, Optional<Catalog> catalog, Words w) {
        ScheduleTexts texts = ScheduleTexts.of(catalog, w);
        StringBuilder md = new StringBuilder();
        String goal = schedule.goal().isBlank() ? w.get("wholeRoute") : line(schedule.goal());
        md.append(w.get("md.title", goal)).append("\n\n");
        md.append(w.get("md.summary", schedule.catalog(), schedule.start().toString(), hours(w, schedule.hoursPerWeek()),
                hours(w, schedule.totals().hours()), w.get("count.weeks", schedule.totals().weeks()))).append("\n\n");
        md.append(w.get("sentence", ScheduleWords.pace(schedule.pace(), w))).append("\n\n");
        if (schedule.items().isEmpty()) {
            ScheduleWords.empty(schedule, w).forEach(line -> md.append(line).append('\n'));
        } else {
            Schedule.Finish finish = schedule.finish();
            md.append(w.get("md.finish", finish.p50().toString(), finish.p80().toString(), finish.p95().toString()))
                    .append("\n\n");
            md.append(w.get("md.tableHead")).append('\n');
            md.append("|--:|---------|-------|-----|------:|\n");
            for (ScheduleItem item : schedule.items()) {
                md.append("| ").append(item.position()).append(" | ").append(cell(texts.name(item.name()))).append(" (`")
                        .append(cell(item.project())).append("`) | ").append(item.start()).append(" | ")
                        .append(item.end()).append(" | ").append(hours(w, item.hours())).append(" |\n");
            }
        }
        List<ScheduleWords.Line> deadline = ScheduleWords.deadline(schedule, w);
        if (!deadline.isEmpty()) {
            md.append('\n');
            deadline.forEach(line -> md.append(line.dropped() ? "- " + line.text() : line.text()).append('\n'));
        }
        weeks(schedule, md, w, texts);
        return md.toString();
    }

    private static void weeks(Schedule schedule, StringBuilder md, Words w, ScheduleTexts texts) {
        Map<String, ScheduleItem> items = new LinkedHashMap<>();
        schedule.items().forEach(item -> items.put(item.project(), item));
        for (ScheduleWeek week : schedule.weeks()) {
            md.append("\n").append(week.timeOff()
                    ? w.get("md.weekTimeOff", String.valueOf(week.number()), week.start().toString(), week.end().toString())
                    : w.get("md.week", String.valueOf(week.number()), week.start().toString(), week.end().toString(),
                            hours(w, week.hours()))).append('\n');
            if (week.timeOff()) {
                continue;
            }
            md.append('\n');
            Map<String, List<String>> byProject = new LinkedHashMap<>();
            for (ScheduleWeek.Work work : week.work()) {
                byProject.computeIfAbsent(work.project(), p -> new ArrayList<>()).add(line(w.prose(work.title())));
            }
            byProject.forEach((project, titles) -> md.append("- ").append(w.get("md.work",
                    line(texts.name(items.get(project).name())), String.join(" · ", titles))).append('\n'));
            if (week.daysOff() > 0) {
                md.append("- ").append(w.get("md.daysOff", week.daysOff())).append('\n');
            }
            List<String> checklist = new ArrayList<>();
            for (ScheduleItem item : schedule.items()) {
                for (ScheduleItem.DatedMilestone milestone : item.weeks()) {
                    if (!milestone.end().isBefore(week.start()) && !milestone.end().isAfter(week.end())) {
                        texts.checklist(item, milestone).forEach(entry -> checklist.add("- [ ] " + line(entry) + "\n"));
                    }
                }
            }
            if (!checklist.isEmpty()) {
                md.append('\n').append(w.get("md.tick")).append("\n\n");
                checklist.forEach(md::append);
            }
        }
    }

    /** Hours with one decimal, as the Markdown has always shown them. */
    private static String hours(Words w, double hours) {
        return w.get("decimal.one", Words.decimal(hours, 1));
    }

    /** A text on one line. */
    private static String line(String text) {
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }

    /** A text fit for a table cell. */
    private static String cell(String text) {
        return line(text).replace("|", "\\|");
    }
}
