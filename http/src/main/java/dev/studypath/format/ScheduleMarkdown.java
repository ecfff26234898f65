package dev.studypath.format;

import dev.studypath.engine.Schedule;
import dev.studypath.engine.ScheduleItem;
import dev.studypath.engine.ScheduleWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A {@link Schedule} as Markdown, ready to paste into notes: a heading with the totals and finish
 * dates, a table of the projects with their dates and hours, what a deadline dropped, then a
 * section per calendar week: the milestones to work on, the days off, and a checklist.
 *
 * <p>Each checklist item of each milestone appears exactly once, as a {@code - [ ] item} line in the
 * week in which its milestone ends; nothing else starts with {@code - [ ]}. Texts are put on one
 * line; {@code |} is escaped in table cells. English names are used.
 */
public final class ScheduleMarkdown {

    private ScheduleMarkdown() {
    }

    /** The schedule as Markdown, lines ending with {@code \n}. */
    public static String render(Schedule schedule) {
        StringBuilder md = new StringBuilder();
        String goal = schedule.goal().isBlank() ? "the whole route" : line(schedule.goal());
        md.append("# Study schedule: ").append(goal).append("\n\n");
        md.append("Catalog `").append(schedule.catalog()).append("` · start ").append(schedule.start()).append(" · ")
                .append(hours(schedule.hoursPerWeek())).append(" h/week · ").append(hours(schedule.totals().hours()))
                .append(" h over ").append(schedule.totals().weeks()).append(schedule.totals().weeks() == 1 ? " week"
                        : " weeks").append("\n\n");
        md.append(ScheduleWords.pace(schedule.pace())).append(".\n\n");
        if (schedule.items().isEmpty()) {
            ScheduleWords.empty(schedule).forEach(line -> md.append(line).append('\n'));
        } else {
            Schedule.Finish finish = schedule.finish();
            md.append("Finish: ").append(finish.p50()).append(" (P50) · ").append(finish.p80()).append(" (P80) · ")
                    .append(finish.p95()).append(" (P95)\n\n");
            md.append("| # | Project | Start | End | Hours |\n");
            md.append("|--:|---------|-------|-----|------:|\n");
            for (ScheduleItem item : schedule.items()) {
                md.append("| ").append(item.position()).append(" | ").append(cell(item.name().english())).append(" (`")
                        .append(cell(item.project())).append("`) | ").append(item.start()).append(" | ")
                        .append(item.end()).append(" | ").append(hours(item.hours())).append(" |\n");
            }
        }
        List<String> deadline = ScheduleWords.deadline(schedule);
        if (!deadline.isEmpty()) {
            md.append('\n');
            deadline.forEach(line -> md.append(line.startsWith("Dropped ") ? "- " + line : line).append('\n'));
        }
        weeks(schedule, md);
        return md.toString();
    }

    private static void weeks(Schedule schedule, StringBuilder md) {
        Map<String, ScheduleItem> items = new LinkedHashMap<>();
        schedule.items().forEach(item -> items.put(item.project(), item));
        for (ScheduleWeek week : schedule.weeks()) {
            md.append("\n## Week ").append(week.number()).append(" · ").append(week.start()).append(" to ")
                    .append(week.end());
            md.append(week.timeOff() ? " · time off\n" : " · " + hours(week.hours()) + " h\n");
            if (week.timeOff()) {
                continue;
            }
            md.append('\n');
            Map<String, List<String>> byProject = new LinkedHashMap<>();
            for (ScheduleWeek.Work work : week.work()) {
                byProject.computeIfAbsent(work.project(), p -> new ArrayList<>()).add(line(work.title().english()));
            }
            byProject.forEach((project, titles) -> md.append("- **").append(line(items.get(project).name().english()))
                    .append("**: ").append(String.join(" · ", titles)).append('\n'));
            if (week.daysOff() > 0) {
                md.append("- ").append(week.daysOff()).append(week.daysOff() == 1 ? " day" : " days").append(" off\n");
            }
            List<String> checklist = new ArrayList<>();
            for (ScheduleItem item : schedule.items()) {
                for (ScheduleItem.Milestone milestone : item.weeks()) {
                    if (!milestone.end().isBefore(week.start()) && !milestone.end().isAfter(week.end())) {
                        milestone.checklist().forEach(entry -> checklist.add("- [ ] " + line(entry) + "\n"));
                    }
                }
            }
            if (!checklist.isEmpty()) {
                md.append("\nTo tick off:\n\n");
                checklist.forEach(md::append);
            }
        }
    }

    private static String hours(double hours) {
        return String.format(Locale.ROOT, "%.1f", hours);
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
