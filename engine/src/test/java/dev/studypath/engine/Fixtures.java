package dev.studypath.engine;

import dev.studypath.engine.model.Catalog;
import dev.studypath.engine.model.Effort;
import dev.studypath.engine.model.Goal;
import dev.studypath.engine.model.Level;
import dev.studypath.engine.model.Prerequisite;
import dev.studypath.engine.model.Project;
import dev.studypath.engine.model.Range;
import dev.studypath.engine.model.Skill;
import dev.studypath.engine.model.SkillLevel;
import dev.studypath.engine.model.Stage;
import dev.studypath.engine.model.Stage.StageProject;
import dev.studypath.engine.model.Text;
import dev.studypath.engine.model.Tier;
import java.util.List;

/** Small catalogs written out by hand, for tests that need to know every fact. */
final class Fixtures {

    private Fixtures() {
    }

    static Skill skill(String id, String en, String zh, String... aliases) {
        return new Skill(id, Text.of(en, zh), List.of(aliases), Tier.INTERMEDIATE, 3);
    }

    static Project project(String id, int difficulty, int rating, double minWeeks, double maxWeeks,
                           List<SkillLevel> teaches, String... prerequisites) {
        return Project.of(id, id, difficulty <= 3 ? Level.ENTRY : Level.PRODUCTION, difficulty, rating,
                Effort.weeks(minWeeks, maxWeeks), teaches,
                java.util.Arrays.stream(prerequisites).map(p -> new Prerequisite(p, "")).toList());
    }

    /**
     * A five-project catalog shaped like the guide: basics, then a CLI tool and a small async server in
     * stage 1, an async runtime in stage 2 that needs the server, a browser in stage 3.
     */
    static Catalog mini() {
        return Catalog.of("mini", Text.of("Mini guide"), "en", "tests", 10,
                List.of(skill("syntax", "Rust syntax", "Rust 语法", "basics"),
                        skill("async", "async programming", "异步编程", "async", "asynchronous", "异步"),
                        skill("networking", "network programming", "网络编程", "networking", "network", "网络"),
                        skill("cli", "CLI tools", "命令行", "command line"),
                        skill("browser", "browser", "浏览器")),
                List.of(project("basics", 2, 5, 2, 3, List.of(new SkillLevel("syntax", 3))),
                        project("grep", 3, 5, 2, 4, List.of(new SkillLevel("cli", 4)), "basics"),
                        project("server", 3, 4, 3, 4,
                                List.of(new SkillLevel("async", 3), new SkillLevel("networking", 3)), "basics"),
                        project("runtime", 5, 5, 4, 8,
                                List.of(new SkillLevel("async", 5), new SkillLevel("networking", 4)), "server"),
                        project("browser", 5, 5, 12, Double.POSITIVE_INFINITY,
                                List.of(new SkillLevel("browser", 5)), "runtime")),
                List.of(new Stage(1, Text.of("entry"), new Range(1, 2), List.of(
                                new StageProject("basics", Text.of("syntax"), true),
                                new StageProject("grep", Text.of("CLI"), false),
                                new StageProject("server", Text.of("async basics"), false))),
                        new Stage(2, Text.of("frameworks"), new Range(2, 3),
                                List.of(new StageProject("runtime", Text.of("concurrency"), false))),
                        new Stage(3, Text.of("large"), Range.atLeast(3),
                                List.of(new StageProject("browser", Text.of("browsers"), false)))),
                List.of(new Goal("async-goal", Text.of("async programming", "异步编程"), List.of(), List.of("async"),
                                List.of("server", "runtime"), 4),
                        new Goal("cli-tools", Text.of("CLI tool development", "CLI 工具开发"), List.of("cli"),
                                List.of("cli"), List.of("grep"), 3)),
                List.of());
    }
}
