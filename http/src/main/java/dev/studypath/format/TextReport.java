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
import dev.studypath.engine.model.Goal;
import dev.studypath.engine.model.Milestone;
import dev.studypath.engine.model.Prerequisite;
import dev.studypath.engine.model.Project;
import dev.studypath.engine.model.Range;
import dev.studypath.engine.model.Section;
import dev.studypath.engine.model.Skill;
import dev.studypath.engine.model.SkillLevel;
import dev.studypath.engine.model.Stage;
import dev.studypath.engine.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Plain-text renderings for people at a terminal: short tables with the reasons, in English or
 * Chinese ({@link Words}); every sentence comes from the bundle {@code dev.studypath.format.messages}.
 */
public final class TextReport {

    private TextReport() {
    }

    /** The catalog's projects, one line each. */
    public static String projects(Catalog catalog, Locale locale) {
        Words w = Words.of(locale);
        StringBuilder out = new StringBuilder();
        out.append(w.get("catalog.heading", catalog.id(), catalog.title(),
                w.get("count.projects", catalog.projects().size()), w.get("count.stages", catalog.stages().size()),
                w.get("count.goals", catalog.goals().size()), w.number(catalog.baselineHoursPerWeek()))).append("\n\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(columns(w, "id", "name", "level", "difficulty", "rating", "weeks", "stage"));
        for (Project p : catalog.projects()) {
            rows.add(new String[] {p.id(), p.name().in(w.locale()), w.word("level", p.level()),
                    String.valueOf(p.difficulty()), String.valueOf(p.rating()), effort(w, p),
                    catalog.stageOf(p.id()).isPresent() ? String.valueOf(catalog.stageOf(p.id()).getAsInt()) : "-"});
        }
        return out.append(table(rows, w)).toString();
    }

    /** The skills a goal may name: id, names, tier, importance and aliases; inferred ones marked. */
    public static String skills(Catalog catalog, Locale locale) {
        Words w = Words.of(locale);
        List<String[]> rows = new ArrayList<>();
        rows.add(columns(w, "id", "name", "otherName", "tier", "importance", "aliases"));
        boolean inferred = false;
        for (Skill skill : catalog.skills()) {
            inferred |= skill.inferred();
            rows.add(new String[] {skill.id() + (skill.inferred() ? "*" : ""), skill.name().in(w.locale()),
                    other(w, skill.name()), w.word("tier", skill.tier()), String.valueOf(skill.importance()),
                    String.join(w.get("join.comma"), skill.aliases())});
        }
        return table(rows, w) + (inferred ? "\n" + w.get("skills.inferred") + "\n" : "");
    }

    /** The catalog's goals: id, names, the skills they mean and the projects they recommend. */
    public static String goals(Catalog catalog, Locale locale) {
        Words w = Words.of(locale);
        List<String[]> rows = new ArrayList<>();
        rows.add(columns(w, "id", "name", "otherName", "skills", "projects"));
        for (Goal goal : catalog.goals()) {
            rows.add(new String[] {goal.id(), goal.name().in(w.locale()), other(w, goal.name()),
                    String.join(w.get("join.comma"), goal.skills()), String.join(w.get("join.comma"), goal.projects())});
        }
        return table(rows, w);
    }

    /** Every fact the catalog has about one project. */
    public static String project(Catalog catalog, Project p, Locale locale) {
        Words w = Words.of(locale);
        String comma = w.get("join.comma");
        StringBuilder out = new StringBuilder();
        String otherName = other(w, p.name());
        out.append(p.name().in(w.locale())).append(otherName.isEmpty() ? "" : " / " + otherName).append('\n');
        out.append(w.prose(p.summary())).append('\n');
        if (!w.chinese() && p.summary().bilingual()) {
            out.append(p.summary().zh()).append('\n');
        }
        out.append('\n');
        line(out, w, "id", p.id());
        line(out, w, "repository", p.repository());
        line(out, w, "url", p.url());
        line(out, w, "stars", p.stars().count() > 0
                ? w.get(p.stars().atLeast() ? "stars.atLeast" : "stars", p.stars().count()) : "");
        line(out, w, "languages", String.join(comma, p.languages()));
        line(out, w, "level", w.word("level", p.level()));
        line(out, w, "difficulty", w.get("outOfFive", p.difficulty()));
        line(out, w, "rating", w.get("outOfFive", p.rating()));
        line(out, w, "effort", effort(w, p));
        line(out, w, "stage", catalog.stageOf(p.id()).isPresent() ? String.valueOf(catalog.stageOf(p.id()).getAsInt())
                : "");
        line(out, w, "teaches", String.join(comma, p.teaches().stream().map(s -> skill(catalog, s)).toList()));
        if (p.teaches().stream().anyMatch(t -> catalog.skill(t.skill()).map(Skill::inferred).orElse(false))) {
            line(out, w, "", w.get("project.inferredSkill"));
        }
        line(out, w, "prerequisites", String.join(w.get("join.semicolon"), p.prerequisites().stream()
                .map(pre -> prerequisite(w, pre)).toList()));
        line(out, w, "focus", String.join(comma, p.focus().stream().map(w::prose).toList()));
        line(out, w, "usedBy", String.join(comma, p.adopters().stream().map(a -> a.in(w.locale())).toList()));
        list(out, w, "project.architecture", p.architecture());
        list(out, w, "project.features", p.features());
        list(out, w, "project.advice", p.advice());
        if (!p.route().isEmpty()) {
            out.append('\n').append(w.get("project.route")).append('\n');
            for (Milestone m : p.route()) {
                String unit = m.unit() == Milestone.Unit.DAYS ? "day" : "week";
                String when = m.from() == m.to() ? w.get("milestone." + unit, m.from())
                        : w.get("milestone." + unit + "s", m.from(), m.to());
                out.append("  ").append(m.topics().isEmpty() ? w.get("pair", when, w.prose(m.title()))
                        : w.get("milestone.withTopics", when, w.prose(m.title()),
                                String.join(comma, m.topics().stream().map(w::prose).toList()))).append('\n');
                m.checklist().forEach(item -> out.append("    [ ] ").append(w.prose(item)).append('\n'));
            }
        }
        if (!p.contributions().isEmpty()) {
            out.append('\n').append(w.get("project.contribute")).append('\n');
            for (Contribution c : p.contributions()) {
                out.append("  ").append(w.get("project.contribution", w.prose(c.idea()), w.word("tier", c.tier())))
                        .append('\n');
            }
        }
        return out.toString();
    }

    /** Weeks in a month, for putting the plan's weeks beside the catalog's months. */
    private static final double WEEKS_PER_MONTH = 365.25 / 12 / 7;

    /**
     * For each stage the path visits, the plan's own estimate beside the duration the catalog gives
     * the stage ("1-2 months"), as the engine worked them out ({@link LearningPath#stages()}).
     */
    public static String stages(LearningPath path, double hoursPerWeek, Locale locale) {
        Words w = Words.of(locale);
        StringBuilder out = new StringBuilder();
        for (LearningPath.StageEstimate stage : path.stages()) {
            Range weeks = stage.weeks();
            out.append("  ").append(w.get("stages.line", stage.stage(), stage.name(),
                    w.get("count.projects", stage.projects()), w.range(weeks),
                    w.range(new Range(weeks.min() / WEEKS_PER_MONTH, weeks.max() / WEEKS_PER_MONTH)),
                    months(w, stage.months()))).append('\n');
        }
        return out.isEmpty() ? "" : "\n" + w.get("stages.heading", w.number(hoursPerWeek)) + "\n" + out;
    }

    private static String months(Words w, Range months) {
        return months.openEnded() && months.min() == 0 ? w.get("stages.ongoing") : w.get("stages.months", w.range(months));
    }

    /** The guide's general sections: each title with its id, then its points. */
    public static String sections(List<Section> sections, Locale locale) {
        Words w = Words.of(locale);
        StringBuilder out = new StringBuilder();
        for (Section section : sections) {
            String otherTitle = w.chinese() ? "" : other(w, section.title());
            out.append(out.length() == 0 ? "" : "\n").append(section.title().in(w.locale()))
                    .append(otherTitle.isEmpty() ? "" : " / " + otherTitle)
                    .append(section.id().isEmpty() ? "" : " [" + section.id() + "]").append('\n');
            section.items().forEach(item -> out.append("  - ").append(w.prose(item)).append('\n'));
        }
        return out.toString();
    }

    /** What to study next, best first, with each score's parts and reasons, then what waits and why. */
    public static String recommendation(Recommendation recommendation, Locale locale) {
        Words w = Words.of(locale);
        StringBuilder out = new StringBuilder();
        out.append(w.get("next.heading", goal(recommendation.goal(), w))).append('\n');
        readAs(out, w, recommendation.goal());
        List<Candidate> candidates = recommendation.candidates();
        if (candidates.isEmpty() && recommendation.waitingTotal() == 0) {
            out.append('\n').append(w.get("next.nothing")).append('\n');
            omissions(out, w, recommendation.omitted());
            return out.toString();
        }
        int rank = 1;
        for (Candidate c : candidates) {
            out.append('\n').append(w.get("next.candidate", rank++, c.project(), c.name(), Words.decimal(c.score(), 2)))
                    .append('\n');
            for (ScoreComponent part : c.components()) {
                String name = w.has("score." + part.name()) ? w.get("score." + part.name()) : part.name();
                out.append("   ").append(pad(name, 9)).append(' ')
                        .append(w.get("decimal.two", Words.decimal(part.value(), 2))).append("  ")
                        .append(part.reason().describe(w.locale())).append('\n');
            }
        }
        if (recommendation.waitingTotal() > 0) {
            out.append('\n').append(w.get("next.waiting", candidates.size(), recommendation.waitingTotal(),
                    String.join(w.get("join.semicolon"), recommendation.waiting().stream()
                            .map(wait -> w.get("next.after", wait.project(),
                                    String.join(w.get("join.and"), wait.after()))).toList()),
                    more(w, recommendation.waitingTotal(), recommendation.waiting().size()))).append('\n');
        }
        if (!recommendation.omitted().isEmpty()) {
            out.append('\n').append(w.get("leftOut")).append('\n');
            omissions(out, w, recommendation.omitted());
        }
        return out.toString();
    }

    /** The path as a table, then why each step is there, then what is left out and why. */
    public static String path(LearningPath path, double hoursPerWeek, Locale locale) {
        Words w = Words.of(locale);
        StringBuilder out = new StringBuilder();
        out.append(w.get("path.heading", goal(path.goal(), w))).append('\n');
        readAs(out, w, path.goal());
        if (path.steps().isEmpty()) {
            out.append('\n').append(w.get("path.nothing")).append('\n');
            omissions(out, w, path.omitted());
        } else {
            boolean hours = path.steps().stream().allMatch(s -> s.effort().unit() == Effort.Unit.HOURS);
            String projects = w.get("count.projects", path.steps().size());
            out.append(hours ? w.get("path.summaryHours", projects, w.range(path.weeks()), w.number(hoursPerWeek),
                    w.range(path.weeks().times(hoursPerWeek)))
                    : w.get("path.summary", projects, w.range(path.weeks()), w.number(hoursPerWeek))).append("\n\n");
            List<String[]> rows = new ArrayList<>();
            rows.add(columns(w, "position", "project", "stage", "difficulty", hours ? "hours" : "weeks", "role"));
            for (Step s : path.steps()) {
                boolean inHours = s.effort().unit() == Effort.Unit.HOURS;
                rows.add(new String[] {String.valueOf(s.position()), s.project(),
                        s.stage() == 0 ? "-" : String.valueOf(s.stage()), String.valueOf(s.difficulty()),
                        inHours && !hours ? w.get("hours.short", w.range(s.effort().range())) : w.range(s.effort().range()),
                        s.role() == Step.Role.TARGET ? w.get("role.target")
                                : w.get("role.before", String.join(w.get("join.comma"), s.requiredBy()))});
            }
            out.append(table(rows, w)).append('\n').append(w.get("path.why")).append('\n');
            for (Step s : path.steps()) {
                out.append(String.format(Locale.ROOT, "%2d ", s.position())).append(w.get("pair", s.project(),
                        String.join(w.get("join.semicolon"), s.reasons().stream().map(r -> r.describe(w.locale()))
                                .toList()))).append('\n');
            }
            if (!path.omitted().isEmpty()) {
                out.append('\n').append(w.get("leftOut")).append('\n');
                omissions(out, w, path.omitted());
            }
        }
        if (!path.uncovered().isEmpty()) {
            out.append('\n').append(w.get("path.uncovered", String.join(w.get("join.comma"), path.uncovered())))
                    .append('\n');
        }
        return out.toString();
    }

    /** What the goal query said about the learner, as the answer read it. */
    private static void readAs(StringBuilder out, Words w, GoalMatch goal) {
        List<String> read = new ArrayList<>();
        if (!goal.known().isEmpty()) {
            read.add(w.get("readAs.known", String.join(w.get("join.comma"), goal.known().stream()
                    .map(k -> w.get("readAs.skill", k.skill(), k.level())).toList())));
        }
        if (!goal.completed().isEmpty()) {
            read.add(w.get("readAs.completed", String.join(w.get("join.comma"), goal.completed())));
        }
        if (!read.isEmpty()) {
            out.append(w.get("readAs", String.join(w.get("join.semicolon"), read))).append('\n');
        }
    }

    /** The most omissions of one kind listed by name. */
    private static final int LISTED = 10;

    /** One line per reason the engine gave for leaving something out. */
    private static void omissions(StringBuilder out, Words w, List<Omission> omitted) {
        omissions(omitted, w).forEach(line -> out.append("  - ").append(line).append('\n'));
    }

    /** The engine's reasons for leaving something out, one phrase each; at most {@link #LISTED} of the capped. */
    static List<String> omissions(List<Omission> omitted, Words w) {
        List<String> lines = new ArrayList<>();
        List<Omission.AboveMaxDifficulty> capped = new ArrayList<>();
        for (Omission omission : omitted) {
            if (omission instanceof Omission.Completed c && c.projects().size() > LISTED) {
                lines.add(new Omission.Completed(c.projects().subList(0, LISTED)).describe(w.locale())
                        + more(w, c.projects().size(), LISTED));
            } else if (omission instanceof Omission.AboveMaxDifficulty a) {
                capped.add(a);
            } else {
                lines.add(omission.describe(w.locale()));
            }
        }
        for (Omission.AboveMaxDifficulty a : capped.subList(0, Math.min(LISTED, capped.size()))) {
            lines.add(a.describe(w.locale()));
        }
        if (capped.size() > LISTED) {
            lines.add(w.get("omissions.moreCapped", capped.size() - LISTED));
        }
        return lines;
    }

    private static String more(Words w, int total, int shown) {
        return total > shown ? w.get("more", total - shown) : "";
    }

    /** The dated plan: projects with dates and hours, the finish dates, then the plan week by week. */
    public static String schedule(Schedule schedule, Locale locale) {
        Words w = Words.of(locale);
        StringBuilder out = new StringBuilder();
        out.append(w.get("schedule.heading", scheduleGoal(schedule, w), schedule.start().toString(),
                w.number(schedule.hoursPerWeek()))).append('\n');
        out.append(ScheduleWords.pace(schedule.pace(), w)).append('\n');
        if (schedule.items().isEmpty()) {
            out.append('\n');
            ScheduleWords.empty(schedule, w).forEach(line -> out.append(line).append('\n'));
            ScheduleWords.deadline(schedule, w).forEach(line -> out.append(line.text()).append('\n'));
            return out.toString();
        }
        out.append('\n');
        List<String[]> rows = new ArrayList<>();
        rows.add(columns(w, "position", "project", "start", "end", "hours"));
        for (ScheduleItem item : schedule.items()) {
            rows.add(new String[] {String.valueOf(item.position()), item.project(), item.start().toString(),
                    item.end().toString(), w.number(item.hours())});
        }
        out.append(table(rows, w)).append('\n');
        out.append(w.get("schedule.total", w.number(schedule.totals().hours()),
                w.get("count.weeks", schedule.totals().weeks()))).append('\n');
        out.append(w.get("schedule.finish", schedule.finish().p50().toString(), schedule.finish().p80().toString(),
                schedule.finish().p95().toString())).append('\n');
        ScheduleWords.deadline(schedule, w).forEach(line -> out.append(line.text()).append('\n'));
        out.append('\n').append(w.get("schedule.weeks")).append('\n');
        for (ScheduleWeek week : schedule.weeks()) {
            out.append(String.format(Locale.ROOT, "%3d  %s  ", week.number(), week.start()));
            if (week.timeOff()) {
                out.append(w.get("schedule.timeOff")).append('\n');
                continue;
            }
            out.append(String.join(w.get("join.semicolon"), week.work().stream()
                            .map(work -> w.get("pair", work.project(), w.prose(work.title()))).toList()))
                    .append(week.daysOff() > 0 ? w.get("schedule.daysOff", week.daysOff()) : "").append('\n');
        }
        return out.toString();
    }

    /** "the whole route", or the goal in quotes. */
    static String scheduleGoal(Schedule schedule, Words w) {
        return schedule.goal().isBlank() ? w.get("wholeRoute") : w.get("quoted", schedule.goal());
    }

    /**
     * Why a schedule has nothing in it, in one line from the engine's outcome and deadline (such as
     * "no project ends by the deadline 2027-01-10 at 80% confidence; finishing everything by then
     * would need 131.6 h/week"); empty when something is scheduled.
     */
    public static String whyEmpty(Schedule schedule, Locale locale) {
        Words w = Words.of(locale);
        Schedule.Deadline deadline = schedule.deadline();
        return switch (schedule.outcome()) {
            case NOTHING_LEFT -> w.get("whyEmpty.nothingLeft",
                    String.join(w.get("join.semicolon"), omissions(schedule.omitted(), w)));
            case NOTHING_FITS -> w.get(deadline.withinLimit() ? "whyEmpty.nothingFits" : "whyEmpty.nothingFitsOverLimit",
                    deadline.date().toString(), deadline.confidence(), w.number(deadline.hoursPerWeekNeeded()));
            case ALL, PARTIAL -> "";
        };
    }

    /** How the goal was understood, in one phrase: what it named, with the names. */
    public static String goal(GoalMatch goal, Locale locale) {
        return goal(goal, Words.of(locale));
    }

    private static String goal(GoalMatch goal, Words w) {
        if (goal.kind() == GoalMatch.Kind.WHOLE_ROUTE) {
            return w.get("goal.wholeRoute");
        }
        String comma = w.get("join.comma");
        String skills = String.join(comma, goal.skills().stream()
                .map(s -> w.get("goal.skillWeight", s.skill(), Words.decimal(s.weight() * 100, 0))).toList());
        List<String> projects = goal.terms().stream().filter(t -> t.type() == GoalMatch.Term.Type.PROJECT)
                .map(t -> w.get("goal.project", t.id(), t.name())).toList();
        String meaning = switch (goal.kind()) {
            case GOAL -> w.get("goal.goal", goal.goals().stream().map(id -> goal.terms().stream()
                    .filter(t -> t.type() == GoalMatch.Term.Type.GOAL && t.id().equals(id))
                    .map(t -> t.name().in(w.locale())).findFirst().orElse(id)).findFirst().orElse(""), skills);
            case PROJECTS -> w.get("goal.projects", projects.size(), String.join(comma, projects));
            case MIXED -> w.get("goal.mixed", projects.size(), String.join(comma, projects), skills);
            default -> w.get("goal.skills", skills);
        };
        String ignored = goal.ignored().isEmpty() ? "" : w.get("goal.ignored", String.join(" ", goal.ignored()));
        return w.get("goal.query", goal.query(), meaning, ignored);
    }

    private static String[] columns(Words w, String... keys) {
        String[] names = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            names[i] = w.get("column." + keys[i]);
        }
        return names;
    }

    /**
     * Rows in columns. Chinese answers count a wide character as two columns, so that a terminal lines
     * them up; English answers count characters, as they always have.
     */
    private static String table(List<String[]> rows, Words w) {
        java.util.function.ToIntFunction<String> width = w.chinese() ? TextReport::width
                : text -> text.codePointCount(0, text.length());
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], width.applyAsInt(row[i]));
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(row[i]);
                if (i < row.length - 1) {
                    line.append(" ".repeat(widths[i] - width.applyAsInt(row[i]) + 2));
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    /** {@code text} padded with spaces to {@code width} columns. */
    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - width(text)));
    }

    /**
     * The columns {@code text} takes at a terminal: two for a wide character (Chinese, Japanese and
     * Korean script, their punctuation and full-width forms), one for any other.
     */
    static int width(String text) {
        return text.codePoints().map(c -> wide(c) ? 2 : 1).sum();
    }

    private static boolean wide(int c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
                || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
                || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
                || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
    }

    private static void line(StringBuilder out, Words w, String label, String value) {
        if (!value.isEmpty()) {
            out.append(pad(label.isEmpty() ? "" : w.get("field." + label), 14)).append(' ').append(value).append('\n');
        }
    }

    private static void list(StringBuilder out, Words w, String title, List<Text> items) {
        if (!items.isEmpty()) {
            out.append('\n').append(w.get(title)).append('\n');
            items.forEach(item -> out.append("  - ").append(w.prose(item)).append('\n'));
        }
    }

    /** The name in the other language, or empty when the catalog gives only one. */
    private static String other(Words w, Text name) {
        return !name.bilingual() ? "" : w.chinese() ? name.en() : name.zh();
    }

    /** "async 3", or "cli* 3" for a skill the catalog infers rather than takes from its source. */
    private static String skill(Catalog catalog, SkillLevel s) {
        boolean inferred = catalog.skill(s.skill()).map(Skill::inferred).orElse(false);
        return s.skill() + (inferred ? "*" : "") + " " + s.level();
    }

    private static String prerequisite(Words w, Prerequisite p) {
        return p.reason().missing() ? p.project() : w.get("project.prerequisite", p.project(), w.prose(p.reason()));
    }

    private static String effort(Words w, Project p) {
        String range = w.range(p.effort().range());
        return p.effort().unit() == Effort.Unit.HOURS ? w.get("hours.short", range) : range;
    }
}
