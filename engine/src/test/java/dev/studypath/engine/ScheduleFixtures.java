package dev.studypath.engine;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.studypath.engine.model.Catalog;
import dev.studypath.engine.model.Effort;
import dev.studypath.engine.model.Goal;
import dev.studypath.engine.model.Level;
import dev.studypath.engine.model.Milestone;
import dev.studypath.engine.model.Prerequisite;
import dev.studypath.engine.model.Project;
import dev.studypath.engine.model.Range;
import dev.studypath.engine.model.Skill;
import dev.studypath.engine.model.SkillLevel;
import dev.studypath.engine.model.Stage;
import dev.studypath.engine.model.Stars;
import dev.studypath.engine.model.Text;
import dev.studypath.engine.model.Tier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * Catalogs, profiles and options for schedule tests: a small slice of the guide (rustlings, tokio,
 * clap) and a generator of random scenarios. Public so that the export tests of other modules can
 * use them through the engine's test jar.
 */
public final class ScheduleFixtures {

    /** A Monday, the start of most examples. */
    public static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    /** The guide slice's baseline hours per week. */
    public static final double BASELINE = 10;

    private ScheduleFixtures() {
    }

    /**
     * Three projects of the guide: rustlings (2-3 weeks, a three-week route), tokio (4-8 weeks, four
     * two-week milestones, needs rustlings) and clap (1-2 weeks, no route, a name with characters that
     * need escaping). Baseline 10 hours a week; one goal, "async", whose project is tokio.
     */
    public static Catalog guide() {
        List<Skill> skills = List.of(
                new Skill("rust-syntax", Text.of("Rust syntax", "Rust 语法"), List.of(), Tier.BASIC, 5),
                new Skill("async", Text.of("async programming", "异步编程"), List.of("async"), Tier.INTERMEDIATE, 4),
                new Skill("cli", Text.of("CLI tools", "命令行工具"), List.of("cli"), Tier.INTERMEDIATE, 3));
        Project rustlings = project("rustlings", Text.of("Rustlings - Rust exercises", "Rustlings - Rust 练习"),
                Effort.weeks(2, 3), 2, List.of(new SkillLevel("rust-syntax", 3)), List.of(), List.of(
                        milestone(1, 1, "Basic syntax", List.of("Exercises 01-05 done")),
                        milestone(2, 2, "Core concepts", List.of("Exercises 06-12 done")),
                        milestone(3, 3, "Advanced features", List.of("Exercises 13-21 done", "Read the answers"))));
        Project tokio = project("tokio", Text.of("Tokio - async runtime", "Tokio - 异步运行时"), Effort.weeks(4, 8), 5,
                List.of(new SkillLevel("async", 5)), List.of(new Prerequisite("rustlings", "ownership first")),
                List.of(
                        milestone(1, 2, "Async basics", List.of("Write an async fn", "Explain Pin/Unpin")),
                        milestone(3, 4, "Runtime", List.of("Configure a runtime")),
                        milestone(5, 6, "Network programming", List.of("Echo server over TCP", "HTTP client")),
                        milestone(7, 8, "Advanced features", List.of())));
        Project clap = project("clap", Text.of("clap; parse args, \\ and \"more\"", "clap 命令行参数解析"),
                Effort.weeks(1, 2), 3, List.of(new SkillLevel("cli", 3)), List.of(), List.of());
        List<Stage> stages = List.of(
                new Stage(1, Text.of("entry practice"), new Range(1, 2), List.of(
                        new Stage.StageProject("rustlings", Text.of("basic syntax"), true),
                        new Stage.StageProject("clap", Text.of("CLI tools"), false))),
                new Stage(2, Text.of("framework learning"), new Range(2, 3), List.of(
                        new Stage.StageProject("tokio", Text.of("concurrency model"), false))));
        List<Goal> goals = List.of(new Goal("async", Text.of("async programming", "异步编程"), List.of("async"),
                List.of("async"), List.of("tokio"), 4));
        return Catalog.of("guide", Text.of("Rust guide slice"), "zh", "test fixture", BASELINE, skills,
                List.of(rustlings, tokio, clap), stages, goals, List.of());
    }

    private static Project project(String id, Text name, Effort effort, int difficulty, List<SkillLevel> teaches,
                                   List<Prerequisite> prerequisites, List<Milestone> route) {
        return new Project(id, name, name, "", "", Stars.UNKNOWN, List.of("Rust"), Level.ENTRY, difficulty, 5, effort, teaches,
                prerequisites, List.of(), List.of(), List.of(), List.of(), List.of(), route, List.of());
    }

    private static Milestone milestone(int from, int to, String title, List<String> checklist) {
        return new Milestone(from, to, Text.of(title), List.of(Text.of(title + " topics")),
                checklist.stream().map(Text::of).toList());
    }

    /**
     * The Monte Carlo samples of the random scenarios: the engine's floor, a tenth of the default, since
     * the properties hold at any sample count and the suite runs hundreds of schedules.
     */
    public static final int SAMPLES = ScheduleOptions.MIN_SAMPLES;

    /** A catalog, a learner and schedule options, with the goal "" (the whole catalog). */
    public record Scenario(Catalog catalog, Profile profile, ScheduleOptions options) {

        /** The schedule of the whole catalog. */
        public Schedule schedule() {
            return Studypath.of(catalog).schedule("", profile, options);
        }

        /** The same scenario with other options. */
        public Scenario with(ScheduleOptions other) {
            return new Scenario(catalog, profile, other);
        }

        /** The same scenario at other weekly hours. */
        public Scenario withHours(double hoursPerWeek) {
            return new Scenario(catalog, profile.toBuilder().hoursPerWeek(hoursPerWeek).build(), options);
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("Scenario[");
            for (Project p : catalog.projects()) {
                text.append(p.id()).append(' ').append(p.effort().range()).append(' ')
                        .append(p.prerequisites().stream().map(Prerequisite::project).toList())
                        .append(" route ").append(p.route().size()).append("; ");
            }
            return text.append(profile).append(", ").append(options).append(']').toString();
        }
    }

    /** How one generated project looks: its effort, route and prerequisites. */
    private record ProjectShape(int minWeeks, int extraWeeks, int routeSteps, int prerequisiteBits, boolean hours) {
    }

    /**
     * Random scenarios: 0 to 8 projects whose prerequisites only point to earlier ones (acyclic by
     * construction), efforts of 0 to 12 weeks or hours, some open-ended, routes of 0 to 4 steps, names
     * with characters that need escaping; 1 to 80 hours a week; some known skills and completed
     * projects; up to two time-off ranges; no deadline.
     */
    public static Gen<Scenario> scenarios() {
        Gen<ProjectShape> shapes = integers().between(0, 6).zip(integers().between(-1, 6), integers().between(0, 4),
                integers().all(), booleans().all(), ProjectShape::new);
        Gen<List<ProjectShape>> catalogs = lists().of(shapes).ofSizeBetween(0, 8);
        Gen<Double> hours = integers().between(2, 160).map(half -> half / 2.0);
        Gen<Integer> learnerBits = integers().between(0, (1 << 11) - 1);
        Gen<List<int[]>> timeOff = lists().of(integers().between(0, 120).zip(integers().between(1, 21),
                (offset, length) -> new int[] {offset, length})).ofSizeBetween(0, 2);
        Gen<Integer> startOffset = integers().between(0, 365);
        return catalogs.zip(hours, learnerBits, timeOff, startOffset, (shape, perWeek, learner, off, offset) -> {
            Catalog catalog = randomCatalog(shape);
            Profile.Builder profile = Studypath.of(catalog).newProfile().hoursPerWeek(perWeek);
            for (int s = 0; s < 3; s++) {
                if ((learner & (1 << s)) != 0) {
                    profile.known("s" + s, 3);
                }
            }
            for (int i = 0; i < shape.size(); i += 2) {
                if ((learner & (1 << (3 + i))) != 0) {
                    profile.completed("p" + i);
                }
            }
            LocalDate start = MONDAY.plusDays(offset);
            ScheduleOptions.Builder options = ScheduleOptions.builder().start(start).samples(SAMPLES);
            off.forEach(range -> options.timeOff(start.plusDays(range[0]), start.plusDays(range[0] + range[1] - 1)));
            return new Scenario(catalog, profile.build(), options.build());
        });
    }

    private static Catalog randomCatalog(List<ProjectShape> shapes) {
        List<Skill> skills = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            skills.add(new Skill("s" + s, Text.of("skill " + s), List.of(), Tier.BASIC, 3));
        }
        List<Project> projects = new ArrayList<>();
        for (int i = 0; i < shapes.size(); i++) {
            ProjectShape shape = shapes.get(i);
            List<Prerequisite> prerequisites = new ArrayList<>();
            for (int j = 0; j < i && j < 31; j++) {
                if ((shape.prerequisiteBits() & (1 << j)) != 0) {
                    prerequisites.add(new Prerequisite("p" + j, "needed"));
                }
            }
            double min = shape.hours() ? shape.minWeeks() * 7 : shape.minWeeks();
            Range range = shape.extraWeeks() < 0 ? Range.atLeast(min)
                    : new Range(min, min + (shape.hours() ? shape.extraWeeks() * 7 : shape.extraWeeks()));
            Effort effort = new Effort(shape.hours() ? Effort.Unit.HOURS : Effort.Unit.WEEKS, range);
            List<Milestone> route = new ArrayList<>();
            for (int k = 0; k < shape.routeSteps(); k++) {
                route.add(new Milestone(2 * k + 1, 2 * k + 2, Text.of("Step " + (k + 1) + ": a, b; c\\d 第" + (k + 1)
                        + "步 with a title long enough to need folding in a calendar"), List.of(Text.of("topic " + k)),
                        k % 2 == 0 ? List.of(Text.of("check " + k + ".1"), Text.of("check " + k + ".2; done, really"))
                                : List.of()));
            }
            Text name = Text.of("Project " + i + " (a|b, c; d\\e)", "项目 " + i);
            projects.add(new Project("p" + i, name, name, "", "", Stars.UNKNOWN, List.of(), Level.ENTRY, 1 + i % 5, 3, effort,
                    List.of(new SkillLevel("s" + i % 3, 1 + i % 3)), prerequisites, List.of(), List.of(), List.of(),
                    List.of(), List.of(), route, List.of()));
        }
        return Catalog.of("random", Text.of("Random catalog"), "en", "generated", BASELINE, skills, projects,
                List.of(), List.of(), List.of());
    }
}
