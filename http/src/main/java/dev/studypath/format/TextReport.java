package dev.studypath.format;

import dev.studypath.engine.Candidate;
import dev.studypath.engine.GoalMatch;
import dev.studypath.engine.LearningPath;
import dev.studypath.engine.Omission;
import dev.studypath.engine.Recommendation;
import dev.studypath.engine.Schedule;
import dev.studypath.engine.ScheduleItem;
import dev.studypath.engine.ScheduleWeek;
import dev.studypath.engine.ScoreComponent;
import dev.studypath.engine.Step;
import dev.studypath.engine.model.Catalog;
import dev.studypath.engine.model.Contribution;
import dev.studypath.engine.model.Effort;
import dev.studypath.engine.model.Milestone;
import dev.studypath.engine.model.Prerequisite;
import dev.studypath.engine.model.Project;
import dev.studypath.engine.model.Range;
import dev.studypath.engine.model.Goal;
import dev.studypath.engine.model.Section;
import dev.studypath.engine.model.Skill;
import dev.studypath.engine.model.SkillLevel;
import dev.studypath.engine.model.Stage;
import dev.studypath.engine.model.Text;
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
        out.append(catalog.id()).append(": ").append(catalog.title().english()).append(" (")
                .append(count(catalog.projects().size(), "project")).append(", ")
                .append(count(catalog.stages().size(), "stage")).append(", ")
                .append(count(catalog.goals().size(), "goal")).append("; a week is ")
                .append(number(catalog.baselineHoursPerWeek())).append(" h of study)\n\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"id", "name", "level", "difficulty", "rating", "weeks", "stage"});
        for (Project p : catalog.projects()) {
            rows.add(new String[] {p.id(), p.name().english(), lower(p.level()), String.valueOf(p.difficulty()),
                    String.valueOf(p.rating()), range(p.effort().range()) + unit(p),
                    catalog.stageOf(p.id()).isPresent() ? String.valueOf(catalog.stageOf(p.id()).getAsInt()) : "-"});
        }
        return out.append(table(rows)).toString();
    }

    /** The skills a goal may name: id, names, tier, importance and aliases; inferred ones marked. */
    public static String skills(Catalog catalog) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"id", "name", "中文", "tier", "importance", "aliases"});
        boolean inferred = false;
        for (Skill skill : catalog.skills()) {
            inferred |= skill.inferred();
            rows.add(new String[] {skill.id() + (skill.inferred() ? "*" : ""), skill.name().english(),
                    skill.name().zh(), lower(skill.tier()), String.valueOf(skill.importance()),
                    String.join(", ", skill.aliases())});
        }
        return table(rows) + (inferred ? "\n* not in the source's skill tree: tier and importance inferred by the catalog\n"
                : "");
    }

    /** The catalog's goals: id, names, the skills they mean and the projects they recommend. */
    public static String goals(Catalog catalog) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"id", "name", "中文", "skills", "projects"});
        for (Goal goal : catalog.goals()) {
            rows.add(new String[] {goal.id(), goal.name().english(), goal.name().zh(), String.join(", ", goal.skills()),
                    String.join(", ", goal.projects())});
        }
        return table(rows);
    }

    /** Every fact the catalog has about one project. */
    public static String project(Catalog catalog, Project p) {
        StringBuilder out = new StringBuilder();
        out.append(p.name().english()).append(p.name().bilingual() ? " / " + p.name().zh() : "").append('\n');
        out.append(p.summary().english()).append('\n');
        if (p.summary().bilingual()) {
            out.append(p.summary().zh()).append('\n');
        }
        out.append('\n');
        line(out, "id", p.id());
        line(out, "repository", p.repository());
        line(out, "url", p.url());
        line(out, "stars", p.stars().count() > 0 ? String.format(Locale.ROOT, "%,d", p.stars().count())
                + (p.stars().atLeast() ? "+" : "") : "");
        line(out, "languages", String.join(", ", p.languages()));
        line(out, "level", lower(p.level()));
        line(out, "difficulty", p.difficulty() + "/5");
        line(out, "rating", p.rating() + "/5");
        line(out, "effort", range(p.effort().range()) + unit(p));
        line(out, "stage", catalog.stageOf(p.id()).isPresent() ? String.valueOf(catalog.stageOf(p.id()).getAsInt())
                : "");
        line(out, "teaches", String.join(", ", p.teaches().stream().map(s -> skill(catalog, s)).toList()));
        if (p.teaches().stream().anyMatch(t -> catalog.skill(t.skill()).map(Skill::inferred).orElse(false))) {
            line(out, "", "* a skill the catalog infers; it is not in the source's skill tree");
        }
        line(out, "prerequisites", String.join("; ", p.prerequisites().stream().map(TextReport::prerequisite)
                .toList()));
        line(out, "focus", english(", ", p.focus()));
        line(out, "used by", english(", ", p.adopters()));
        list(out, "Architecture", p.architecture());
        list(out, "Features", p.features());
        list(out, "Advice", p.advice());
        if (!p.route().isEmpty()) {
            out.append("\nLearning route\n");
            for (Milestone m : p.route()) {
                String unit = m.unit() == Milestone.Unit.DAYS ? "day" : "week";
                out.append("  ").append(m.from() == m.to() ? unit + " " + m.from()
                        : unit + "s " + m.from() + "-" + m.to()).append(": ").append(m.title().english());
                if (!m.topics().isEmpty()) {
                    out.append(" (").append(english(", ", m.topics())).append(')');
                }
                out.append('\n');
                m.checklist().forEach(item -> out.append("    [ ] ").append(item.english()).append('\n'));
            }
        }
        if (!p.contributions().isEmpty()) {
            out.append("\nWays to contribute\n");
            for (Contribution c : p.contributions()) {
                out.append("  ").append(c.idea().english()).append(" (").append(lower(c.tier())).append(")\n");
            }
        }
        return out.toString();
    }

    /** Weeks in a month, for putting the plan's weeks beside the catalog's months. */
    private static final double WEEKS_PER_MONTH = 365.25 / 12 / 7;

    /**
     * For each stage the path visits, the plan's own estimate (its projects as the catalog estimates
     * them, at {@code hoursPerWeek}) beside the duration the catalog gives the stage ("1-2 months").
     */
    public static String stages(Catalog catalog, LearningPath path, double hoursPerWeek) {
        StringBuilder out = new StringBuilder();
        for (Stage stage : catalog.stages()) {
            List<Step> steps = path.steps().stream().filter(step -> step.stage() == stage.number()).toList();
            if (steps.isEmpty()) {
                continue;
            }
            double min = 0;
            double max = 0;
            for (Step step : steps) {
                Range hours = step.effort().plannedHours(catalog.baselineHoursPerWeek());
                min += hours.min() / hoursPerWeek;
                max += hours.max() / hoursPerWeek;
            }
            Range weeks = new Range(min, max);
            out.append(String.format(Locale.ROOT, "  %d %s: %s, about %s weeks (%s months); the guide: %s%n",
                    stage.number(), stage.name().english(), count(steps.size(), "project"), range(weeks),
                    range(new Range(min / WEEKS_PER_MONTH, max / WEEKS_PER_MONTH)), months(stage.months())));
        }
        return out.isEmpty() ? ""
                : "\nBy stage: this plan at " + number(hoursPerWeek) + " h/week, and the guide\n" + out;
    }

    private static String months(Range months) {
        return months.openEnded() && months.min() == 0 ? "ongoing" : range(months) + " months";
    }

    /** The guide's general sections: each title (English / Chinese) with its id, then its points in English. */
    public static String sections(List<Section> sections) {
        StringBuilder out = new StringBuilder();
        for (Section section : sections) {
            out.append(out.length() == 0 ? "" : "\n").append(section.title().english())
                    .append(section.title().bilingual() ? " / " + section.title().zh() : "")
                    .append(section.id().isEmpty() ? "" : " [" + section.id() + "]").append('\n');
            section.items().forEach(item -> out.append("  - ").append(item.english()).append('\n'));
        }
        return out.toString();
    }

    /** What to study next, best first, with each score's parts and reasons, then what waits and why. */
    public static String recommendation(Recommendation recommendation) {
        StringBuilder out = new StringBuilder();
        out.append("What to study next for ").append(goal(recommendation.goal())).append('\n');
        readAs(out, recommendation.goal());
        List<Candidate> candidates = recommendation.candidates();
        if (candidates.isEmpty() && recommendation.waitingTotal() == 0) {
            out.append("\nNothing to start for this goal:\n");
            omissions(out, recommendation.omitted());
            return out.toString();
        }
        int rank = 1;
        for (Candidate c : candidates) {
            out.append('\n').append(rank++).append(". ").append(c.project()).append(" - ").append(c.name().english())
                    .append(String.format(Locale.ROOT, "  (score %.2f)%n", c.score()));
            for (ScoreComponent part : c.components()) {
                out.append(String.format(Locale.ROOT, "   %-9s %.2f  %s%n", part.name(), part.value(),
                        part.reason().describe(Locale.ENGLISH)));
            }
        }
        if (recommendation.waitingTotal() > 0) {
            out.append('\n').append(candidates.isEmpty() ? "No project on the path can be started yet"
                    : (candidates.size() == 1 ? "Only 1 project" : candidates.size() + " projects")
                    + " can be started now").append("; ").append(count(recommendation.waitingTotal(), "more project"))
                    .append(" on the path ").append(recommendation.waitingTotal() == 1 ? "waits" : "wait").append(": ")
                    .append(String.join("; ", recommendation.waiting().stream()
                            .map(w -> w.project() + " after " + String.join(" and ", w.after())).toList()))
                    .append(more(recommendation.waitingTotal(), recommendation.waiting().size())).append('\n');
        }
        if (!recommendation.omitted().isEmpty()) {
            out.append("\nLeft out:\n");
            omissions(out, recommendation.omitted());
        }
        return out.toString();
    }

    /** The path as a table, then why each step is there, then what is left out and why. */
    public static String path(LearningPath path, double hoursPerWeek) {
        StringBuilder out = new StringBuilder();
        out.append("Learning path for ").append(goal(path.goal())).append('\n');
        readAs(out, path.goal());
        if (path.steps().isEmpty()) {
            out.append("\nNothing to study for this goal:\n");
            omissions(out, path.omitted());
        } else {
            boolean hours = path.steps().stream().allMatch(s -> s.effort().unit() == Effort.Unit.HOURS);
            out.append(count(path.steps().size(), "project")).append(", about ").append(range(path.weeks()))
                    .append(" weeks at ").append(number(hoursPerWeek)).append(" h/week")
                    .append(hours ? " (" + range(path.weeks().times(hoursPerWeek)) + " h)" : "").append("\n\n");
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"#", "project", "stage", "difficulty", hours ? "hours" : "weeks", "role"});
            for (Step s : path.steps()) {
                boolean inHours = s.effort().unit() == Effort.Unit.HOURS;
                rows.add(new String[] {String.valueOf(s.position()), s.project(),
                        s.stage() == 0 ? "-" : String.valueOf(s.stage()), String.valueOf(s.difficulty()),
                        range(s.effort().range()) + (inHours && !hours ? " h" : ""),
                        s.role() == Step.Role.TARGET ? "target" : "before " + String.join(", ", s.requiredBy())});
            }
            out.append(table(rows)).append("\nWhy\n");
            for (Step s : path.steps()) {
                out.append(String.format(Locale.ROOT, "%2d %s: %s%n", s.position(), s.project(),
                        String.join("; ", s.reasons().stream().map(r -> r.describe(Locale.ENGLISH)).toList())));
            }
            if (!path.omitted().isEmpty()) {
                out.append("\nLeft out:\n");
                omissions(out, path.omitted());
            }
        }
        if (!path.uncovered().isEmpty()) {
            out.append("\nNot covered by this path: ").append(String.join(", ", path.uncovered())).append('\n');
        }
        return out.toString();
    }

    /** What the goal query said about the learner, as the answer read it. */
    private static void readAs(StringBuilder out, GoalMatch goal) {
        List<String> read = new ArrayList<>();
        if (!goal.known().isEmpty()) {
            read.add("you know " + String.join(", ", goal.known().stream()
                    .map(k -> k.skill() + " (level " + k.level() + ")").toList()));
        }
        if (!goal.completed().isEmpty()) {
            read.add("you completed " + String.join(", ", goal.completed()));
        }
        if (!read.isEmpty()) {
            out.append("Read as: ").append(String.join("; ", read)).append('\n');
        }
    }

    /** The most omissions of one kind listed by name. */
    private static final int LISTED = 10;

    /** One line per reason the engine gave for leaving something out. */
    private static void omissions(StringBuilder out, List<Omission> omitted) {
        omissions(omitted).forEach(line -> out.append("  - ").append(line).append('\n'));
    }

    /** The engine's reasons for leaving something out, one phrase each; at most {@link #LISTED} of the capped. */
    static List<String> omissions(List<Omission> omitted) {
        List<String> lines = new ArrayList<>();
        List<Omission.AboveMaxDifficulty> capped = new ArrayList<>();
        for (Omission omission : omitted) {
            if (omission instanceof Omission.Completed c && c.projects().size() > LISTED) {
                lines.add(new Omission.Completed(c.projects().subList(0, LISTED)).describe(Locale.ENGLISH)
                        + more(c.projects().size(), LISTED));
            } else if (omission instanceof Omission.AboveMaxDifficulty a) {
                capped.add(a);
            } else {
                lines.add(omission.describe(Locale.ENGLISH));
            }
        }
        for (Omission.AboveMaxDifficulty a : capped.subList(0, Math.min(LISTED, capped.size()))) {
            lines.add(a.describe(Locale.ENGLISH));
        }
        if (capped.size() > LISTED) {
            lines.add("and " + (capped.size() - LISTED) + " more above your maximum difficulty");
        }
        return lines;
    }

    private static String more(int total, int shown) {
        return total > shown ? " and " + (total - shown) + " more" : "";
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
            out.append(String.join("; ", week.work().stream().map(w -> w.project() + ": " + w.title().english()).toList()))
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

    /** How the goal was understood, in one phrase: what it named, with the names. */
    public static String goal(GoalMatch goal) {
        if (goal.kind() == GoalMatch.Kind.WHOLE_ROUTE) {
            return "the whole route:";
        }
        String skills = String.join(", ", goal.skills().stream()
                .map(s -> s.skill() + String.format(Locale.ROOT, " %.0f%%", s.weight() * 100)).toList());
        List<String> projects = goal.terms().stream().filter(t -> t.type() == GoalMatch.Term.Type.PROJECT)
                .map(t -> t.id() + " (" + t.name().english() + ")").toList();
        String meaning = switch (goal.kind()) {
            case GOAL -> "goal: " + goal.goals().stream().map(id -> goal.terms().stream()
                    .filter(t -> t.type() == GoalMatch.Term.Type.GOAL && t.id().equals(id))
                    .map(t -> t.name().english()).findFirst().orElse(id)).findFirst().orElse("") + " = " + skills;
            case PROJECTS -> (projects.size() == 1 ? "project: " : "projects: ") + String.join(", ", projects);
            case MIXED -> (projects.size() == 1 ? "project: " : "projects: ") + String.join(", ", projects)
                    + "; skills: " + skills;
            default -> "skills: " + skills;
        };
        String ignored = goal.ignored().isEmpty() ? "" : " (ignored: " + String.join(" ", goal.ignored()) + ")";
        return "\"" + goal.query() + "\" (" + meaning + ")" + ignored + ":";
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

    private static void list(StringBuilder out, String title, List<Text> items) {
        if (!items.isEmpty()) {
            out.append('\n').append(title).append('\n');
            items.forEach(item -> out.append("  - ").append(item.english()).append('\n'));
        }
    }

    /** "async 3", or "cli* 3" for a skill the catalog infers rather than takes from its source. */
    private static String skill(Catalog catalog, SkillLevel s) {
        boolean inferred = catalog.skill(s.skill()).map(Skill::inferred).orElse(false);
        return s.skill() + (inferred ? "*" : "") + " " + s.level();
    }

    private static String prerequisite(Prerequisite p) {
        return p.reason().missing() ? p.project() : p.project() + " (" + p.reason().english() + ")";
    }

    /** The English of each text (the Chinese where a text has no English), joined. */
    static String english(String separator, List<Text> texts) {
        return String.join(separator, texts.stream().map(Text::english).toList());
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
