package dev.studypath.format;

import dev.studypath.engine.Candidate;
import dev.studypath.engine.GoalMatch;
import dev.studypath.engine.LearningPath;
import dev.studypath.engine.Recommendation;
import dev.studypath.engine.Schedule;
import dev.studypath.engine.ScheduleItem;
import dev.studypath.engine.ScheduleWeek;
import dev.studypath.engine.ScoreComponent;
import dev.studypath.engine.Step;
import dev.studypath.engine.model.Catalog;
import dev.studypath.engine.model.Contribution;
import dev.studypath.engine.model.Milestone;
import dev.studypath.engine.model.Prerequisite;
import dev.studypath.engine.model.Project;
import dev.studypath.engine.model.Range;
import dev.studypath.engine.model.SkillLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Plain-text renderings for people at a terminal: short tables with the reasons. */
public final class TextReport {

    private TextReport() {
    }

    /** The catalog's projects, one line each. */
    public static String projects(Catalog catalog) {
        StringBuilder out = new StringBuilder();
        out.append(catalog.id()).append(": ").append(catalog.title().en()).append(" (")
                .append(count(catalog.projects().size(), "project")).append(", ")
                .append(count(catalog.stages().size(), "stage")).append(", ")
                .append(count(catalog.goals().size(), "goal")).append("; a week is ")
                .append(number(catalog.baselineHoursPerWeek())).append(" h of study)\n\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"id", "name", "level", "difficulty", "rating", "weeks", "stage"});
        for (Project p : catalog.projects()) {
            rows.add(new String[] {p.id(), p.name().en(), lower(p.level()), String.valueOf(p.difficulty()),
                    String.valueOf(p.rating()), range(p.effort().range()) + unit(p),
                    catalog.stageOf(p.id()).isPresent() ? String.valueOf(catalog.stageOf(p.id()).getAsInt()) : "-"});
        }
        return out.append(table(rows)).toString();
    }

    /** Every fact the catalog has about one project. */
    public static String project(Catalog catalog, Project p) {
        StringBuilder out = new StringBuilder();
        out.append(p.name().en()).append(p.name().zh().isEmpty() ? "" : " / " + p.name().zh()).append('\n');
        out.append(p.summary().en()).append('\n');
        if (!p.summary().zh().isEmpty()) {
            out.append(p.summary().zh()).append('\n');
        }
        out.append('\n');
        line(out, "id", p.id());
        line(out, "repository", p.repository());
        line(out, "url", p.url());
        line(out, "stars", p.stars() > 0 ? String.format(Locale.ROOT, "%,d+", p.stars()) : "");
        line(out, "languages", String.join(", ", p.languages()));
        line(out, "level", lower(p.level()));
        line(out, "difficulty", p.difficulty() + "/5");
        line(out, "rating", p.rating() + "/5");
        line(out, "effort", range(p.effort().range()) + unit(p));
        line(out, "stage", catalog.stageOf(p.id()).isPresent() ? String.valueOf(catalog.stageOf(p.id()).getAsInt())
                : "");
        line(out, "teaches", String.join(", ", p.teaches().stream().map(TextReport::skill).toList()));
        line(out, "prerequisites", String.join("; ", p.prerequisites().stream().map(TextReport::prerequisite)
                .toList()));
        line(out, "focus", String.join(", ", p.focus()));
        line(out, "used by", String.join(", ", p.adopters()));
        list(out, "Architecture", p.architecture());
        list(out, "Features", p.features());
        list(out, "Advice", p.advice());
        if (!p.route().isEmpty()) {
            out.append("\nLearning route\n");
            for (Milestone m : p.route()) {
                out.append("  ").append(m.fromWeek() == m.toWeek() ? "week " + m.fromWeek()
                        : "weeks " + m.fromWeek() + "-" + m.toWeek()).append(": ").append(m.title().en());
                if (!m.topics().isEmpty()) {
                    out.append(" (").append(String.join(", ", m.topics())).append(')');
                }
                out.append('\n');
                m.checklist().forEach(item -> out.append("    [ ] ").append(item).append('\n'));
            }
        }
        if (!p.contributions().isEmpty()) {
            out.append("\nWays to contribute\n");
            for (Contribution c : p.contributions()) {
                out.append("  ").append(c.idea().en()).append(" (").append(lower(c.tier())).append(")\n");
            }
        }
        return out.toString();
    }

    /** What to study next, best first, with each score's parts and reasons. */
    public static String recommendation(Recommendation recommendation) {
        StringBuilder out = new StringBuilder();
        out.append("What to study next for ").append(goal(recommendation.goal())).append('\n');
        if (recommendation.candidates().isEmpty()) {
            return out.append("\nNothing left: every project for this goal that you can start is done.\n")
                    .toString();
        }
        int rank = 1;
        for (Candidate c : recommendation.candidates()) {
            out.append('\n').append(rank++).append(". ").append(c.project()).append(" - ").append(c.name().en())
                    .append(String.format(Locale.ROOT, "  (score %.2f)%n", c.score()));
            for (ScoreComponent part : c.components()) {
                out.append(String.format(Locale.ROOT, "   %-9s %.2f  %s%n", part.name(), part.value(),
                        part.reason()));
            }
        }
        return out.toString();
    }

    /** The path as a table, then why each step is there. */
    public static String path(LearningPath path, double hoursPerWeek) {
        StringBuilder out = new StringBuilder();
        out.append("Learning path for ").append(goal(path.goal())).append('\n');
        if (path.steps().isEmpty()) {
            out.append("\nNothing left to study: every project for this goal is done.\n");
        } else {
            out.append(count(path.steps().size(), "project")).append(", about ").append(range(path.weeks()))
                    .append(" weeks at ").append(number(hoursPerWeek)).append(" h/week\n\n");
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"#", "project", "stage", "difficulty", "weeks", "role"});
            for (Step s : path.steps()) {
                rows.add(new String[] {String.valueOf(s.position()), s.project(),
                        s.stage() == 0 ? "-" : String.valueOf(s.stage()), String.valueOf(s.difficulty()),
                        range(s.effort().range()) + (s.effort().unit() == dev.studypath.engine.model.Effort.Unit.HOURS
                                ? " h" : ""),
                        s.role() == Step.Role.TARGET ? "target" : "before " + String.join(", ", s.requiredBy())});
            }
            out.append(table(rows)).append("\nWhy\n");
            for (Step s : path.steps()) {
                out.append(String.format(Locale.ROOT, "%2d %s: %s%n", s.position(), s.project(),
                        String.join("; ", s.reasons())));
            }
        }
        if (!path.uncovered().isEmpty()) {
            out.append("\nNo project teaches: ").append(String.join(", ", path.uncovered())).append('\n');
        }
        return out.toString();
    }

    /** The dated plan: projects with dates and hours, the finish dates, then the plan week by week. */
    public static String schedule(Schedule schedule) {
        StringBuilder out = new StringBuilder();
        out.append("Schedule for ").append(schedule.goal().isBlank() ? "the whole route" : "\"" + schedule.goal() + "\"")
                .append(", from ").append(schedule.start()).append(" at ").append(number(schedule.hoursPerWeek()))
                .append(" h/week\n");
        out.append(ScheduleWords.pace(schedule.pace())).append('\n');
        if (schedule.items().isEmpty()) {
            out.append('\n');
            ScheduleWords.empty(schedule).forEach(line -> out.append(line).append('\n'));
            ScheduleWords.deadline(schedule).forEach(line -> out.append(line).append('\n'));
            return out.toString();
        }
        out.append('\n');
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"#", "project", "start", "end", "hours"});
        for (ScheduleItem item : schedule.items()) {
            rows.add(new String[] {String.valueOf(item.position()), item.project(), item.start().toString(),
                    item.end().toString(), number(item.hours())});
        }
        out.append(table(rows)).append('\n');
        out.append("Total: ").append(number(schedule.totals().hours())).append(" h over ")
                .append(count(schedule.totals().weeks(), "week")).append('\n');
        out.append("Finish: ").append(schedule.finish().p50()).append(" (P50), ").append(schedule.finish().p80())
                .append(" (P80), ").append(schedule.finish().p95()).append(" (P95)\n");
        ScheduleWords.deadline(schedule).forEach(line -> out.append(line).append('\n'));
        out.append("\nWeek by week\n");
        for (ScheduleWeek week : schedule.weeks()) {
            out.append(String.format(Locale.ROOT, "%3d  %s  ", week.number(), week.start()));
            if (week.timeOff()) {
                out.append("time off\n");
                continue;
            }
            out.append(String.join("; ", week.work().stream().map(w -> w.project() + ": " + w.title().en()).toList()))
                    .append(week.daysOff() > 0 ? " (" + count(week.daysOff(), "day") + " off)" : "").append('\n');
        }
        return out.toString();
    }

    /**
     * Why a schedule has nothing in it, in one line from the engine's outcome and deadline (such as
     * "no project ends by the deadline 2027-01-10 at 80% confidence; finishing everything by then
     * would need 131.6 h/week"); empty when something is scheduled.
     */
    public static String whyEmpty(Schedule schedule) {
        List<String> why = ScheduleWords.empty(schedule);
        if (why.isEmpty()) {
            return "";
        }
        String line = why.get(0).replaceFirst("^Nothing to schedule: ", "nothing to schedule: ").replaceFirst("\\.$", "");
        Schedule.Deadline deadline = schedule.deadline();
        if (schedule.outcome() == Schedule.Outcome.NOTHING_FITS) {
            line += "; finishing everything by then would need " + number(deadline.hoursPerWeekNeeded()) + " h/week"
                    + (deadline.withinLimit() ? "" : ", more than the 80 h/week a plan may have");
        }
        return line;
    }

    /** How the goal was understood, in one phrase. */
    public static String goal(GoalMatch goal) {
        String quoted = "\"" + goal.query() + "\"";
        String meaning = switch (goal.kind()) {
            case WHOLE_ROUTE -> "the whole route";
            case GOAL, SKILLS -> String.join(", ", goal.skills().stream()
                    .map(s -> s.skill() + String.format(Locale.ROOT, " %.0f%%", s.weight() * 100)).toList());
        };
        String ignored = goal.ignored().isEmpty() ? "" : " (ignored: " + String.join(" ", goal.ignored()) + ")";
        return goal.kind() == GoalMatch.Kind.WHOLE_ROUTE ? meaning + ":" : quoted + " (" + meaning + ")" + ignored
                + ":";
    }

    private static String table(List<String[]> rows) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].codePointCount(0, row[i].length()));
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(row[i]);
                if (i < row.length - 1) {
                    line.append(" ".repeat(widths[i] - row[i].codePointCount(0, row[i].length()) + 2));
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String label, String value) {
        if (!value.isEmpty()) {
            out.append(String.format(Locale.ROOT, "%-14s %s%n", label, value));
        }
    }

    private static void list(StringBuilder out, String title, List<String> items) {
        if (!items.isEmpty()) {
            out.append('\n').append(title).append('\n');
            items.forEach(item -> out.append("  - ").append(item).append('\n'));
        }
    }

    private static String skill(SkillLevel s) {
        return s.skill() + " " + s.level();
    }

    private static String prerequisite(Prerequisite p) {
        return p.reason().isEmpty() ? p.project() : p.project() + " (" + p.reason() + ")";
    }

    private static String unit(Project p) {
        return p.effort().unit() == dev.studypath.engine.model.Effort.Unit.HOURS ? " h" : "";
    }

    /** {@code 2-3}, {@code 12+}, or {@code 4} for a range with equal ends. */
    static String range(Range range) {
        if (range.openEnded()) {
            return number(range.min()) + "+";
        }
        String min = number(range.min());
        String max = number(range.max());
        return min.equals(max) ? min : min + "-" + max;
    }

    static String number(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? String.valueOf((long) rounded)
                : String.format(Locale.ROOT, "%.1f", rounded);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

}
