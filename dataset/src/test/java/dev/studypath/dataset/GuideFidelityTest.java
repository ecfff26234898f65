package dev.studypath.dataset;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studypath.engine.Schedule;
import dev.studypath.engine.ScheduleItem;
import dev.studypath.engine.ScheduleOptions;
import dev.studypath.engine.Studypath;
import dev.studypath.engine.model.Catalog;
import dev.studypath.engine.model.Contribution;
import dev.studypath.engine.model.Milestone;
import dev.studypath.engine.model.Prerequisite;
import dev.studypath.engine.model.Project;
import dev.studypath.engine.model.Section;
import dev.studypath.engine.model.Skill;
import dev.studypath.engine.model.Stage;
import dev.studypath.engine.model.Text;
import dev.studypath.engine.model.Tier;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import dev.studypath.engine.model.Range;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Issue 13: the bundled catalog carries the guide's own Chinese beside the English for every prose
 * fact, and states what the guide states (stars, days, adopters, contributions, choices, inferred
 * skills, the prerequisite rule). Expected values are copied from the guide
 * ({@code rust-projects-guide.zh.md}), not from the JSON.
 */
class GuideFidelityTest {

    private static final Catalog CATALOG = Catalogs.bundled();

    private static Project project(String id) {
        return CATALOG.project(id).orElseThrow();
    }

    /** Every text of the catalog, each with where it is, in document order. */
    private static Map<String, Text> everyText() {
        Map<String, Text> texts = new TreeMap<>();
        texts.put("/title", CATALOG.title());
        for (Skill skill : CATALOG.skills()) {
            texts.put("skill " + skill.id(), skill.name());
        }
        for (Project p : CATALOG.projects()) {
            String at = p.id() + " ";
            texts.put(at + "name", p.name());
            texts.put(at + "summary", p.summary());
            Map<String, List<Text>> lists = Map.of("focus", p.focus(), "adopters", p.adopters(), "architecture",
                    p.architecture(), "features", p.features(), "advice", p.advice());
            lists.forEach((field, list) -> add(texts, at + field, list));
            add(texts, at + "reason", p.prerequisites().stream().map(Prerequisite::reason).toList());
            for (int m = 0; m < p.route().size(); m++) {
                Milestone milestone = p.route().get(m);
                texts.put(at + "route " + m + " title", milestone.title());
                add(texts, at + "route " + m + " topic", milestone.topics());
                add(texts, at + "route " + m + " checklist", milestone.checklist());
            }
            add(texts, at + "contribution", p.contributions().stream().map(Contribution::idea).toList());
        }
        for (Stage stage : CATALOG.stages()) {
            texts.put("stage " + stage.number() + " name", stage.name());
            add(texts, "stage " + stage.number() + " outcome",
                    stage.projects().stream().map(Stage.StageProject::outcome).toList());
            if (!stage.note().missing()) {
                texts.put("stage " + stage.number() + " note", stage.note());
            }
        }
        CATALOG.goals().forEach(goal -> texts.put("goal " + goal.id(), goal.name()));
        for (Section section : CATALOG.sections()) {
            texts.put("section " + section.id() + " title", section.title());
            add(texts, "section " + section.id() + " item", section.items());
        }
        return texts;
    }

    private static void add(Map<String, Text> texts, String at, List<Text> list) {
        for (int i = 0; i < list.size(); i++) {
            texts.put(at + " " + i, list.get(i));
        }
    }

    @Test
    void everyProseField_isInEnglishAndChinese() {
        Map<String, Text> texts = everyText();
        assertTrue(texts.size() > 600, "texts walked: " + texts.size());
        List<Executable> checks = new ArrayList<>();
        texts.forEach((at, text) -> checks.add(() -> assertTrue(text.bilingual(), at + ": " + text)));
        assertAll(checks);
    }

    @Test
    void theChineseIsTheGuidesOwnWording() {
        assertAll(
                () -> assertEquals("每天坚持做 5-10 个练习", project("rustlings").advice().get(0).zh()),
                () -> assertEquals("在 Obsidian 中记录学习笔记", project("rustlings").advice().get(4).zh()),
                () -> assertTrue(project("ripgrep").features().get(0).zh().startsWith("极致性能：使用内存映射（mmap）")),
                () -> assertEquals("crates/ignore：.gitignore 处理", project("ripgrep").architecture().get(3).zh()),
                () -> assertTrue(project("mini-redis").route().get(3).checklist().stream()
                        .anyMatch(item -> item.zh().equals("持久化（可选）"))),
                () -> assertTrue(project("tokio").route().get(0).topics().stream()
                        .anyMatch(topic -> topic.zh().equals("Pin 和 Unpin"))),
                () -> assertEquals("开发者社区广泛使用", project("alacritty").adopters().get(0).zh()),
                () -> assertTrue(project("servo").advice().get(0).zh().contains("阅读《浏览器工作原理》")),
                () -> assertEquals("KVM (Kernel-based VM)", project("firecracker").architecture().get(3).zh()),
                () -> assertEquals("改进文档", project("clap").contributions().get(0).idea().zh()),
                () -> assertEquals("或其他生产级项目", CATALOG.stages().get(3).note().zh()),
                () -> assertEquals("选择感兴趣的方向深入", CATALOG.stages().get(2).note().zh()),
                () -> assertEquals("不要急于求成 - Rust 学习曲线陡峭，需要时间",
                        CATALOG.section("advice").orElseThrow().items().get(0).zh()),
                () -> assertEquals("学习策略", CATALOG.section("strategy").orElseThrow().title().zh()));
    }

    /** "50,000+" in the guide is a lower bound, kept as one. */
    @Test
    void stars_keepTheGuidesLowerBound() {
        assertAll(CATALOG.projects().stream().map(p -> (Executable) () -> assertTrue(p.stars().atLeast(), p.id())));
        assertEquals(50_000, project("rustlings").stars().count());
        assertEquals(3_500, project("mini-redis").stars().count());
    }

    /** clap's route is "Day 1-3", "Day 4-7", "Day 8-14"; rustlings's "Day 1-7", "Day 8-14", "Day 15-21". */
    @Test
    void clapAndRustlings_countTheirRoutesInDays() {
        Function<Project, List<String>> days = p -> p.route().stream()
                .map(m -> m.unit() + " " + m.from() + "-" + m.to()).toList();
        assertEquals(List.of("DAYS 1-3", "DAYS 4-7", "DAYS 8-14"), days.apply(project("clap")));
        assertEquals(List.of("DAYS 1-7", "DAYS 8-14", "DAYS 15-21"), days.apply(project("rustlings")));
    }

    /** The guide gives servo "背景: Mozilla 研究项目", background, where the others have "使用者". */
    @Test
    void servo_hasNoAdopters() {
        assertEquals(List.of(), project("servo").adopters());
    }

    /** 推荐的贡献路径: one idea for nine projects, none for Firecracker. */
    @Test
    void contributions_areTheGuidesRecommendedPathsOnly() {
        Map<String, List<String>> guide = Map.of(
                "rustlings", List.of("BASIC 添加新练习"), "clap", List.of("BASIC 改进文档"),
                "serde", List.of("BASIC 添加示例"), "mini-redis", List.of("INTERMEDIATE 实现新命令"),
                "ripgrep", List.of("INTERMEDIATE 性能优化"), "alacritty", List.of("INTERMEDIATE 修复 bug"),
                "tokio", List.of("ADVANCED 核心功能"), "deno", List.of("ADVANCED 新的 API"),
                "servo", List.of("ADVANCED 渲染优化"));
        assertAll(CATALOG.projects().stream().map(p -> (Executable) () -> assertEquals(
                guide.getOrDefault(p.id(), List.of()),
                p.contributions().stream().map(c -> c.tier() + " " + c.idea().zh()).toList(), p.id())));
    }

    /** Stage 3 ends "选择感兴趣的方向深入"; stage 4 is "系统编程：Firecracker / 浏览器：Servo / 或其他生产级项目". */
    @Test
    void stageFour_isAChoiceOfOne_andStageThreeTakesBoth() {
        Stage three = CATALOG.stages().get(2);
        Stage four = CATALOG.stages().get(3);
        assertEquals(0, three.choose());
        assertEquals(1, four.choose());
        assertEquals(List.of("firecracker"), four.chosen().stream().map(Stage.StageProject::project).toList());
    }

    /** The guide's skill tree has twelve skills; the catalog's other twelve are its own inference. */
    @Test
    void theSkillsOutsideTheGuidesTree_areMarkedInferred() {
        List<String> tree = List.of("rust-syntax", "ownership", "error-handling", "std-library", "async", "macros",
                "unsafe", "performance", "systems", "networking", "concurrency", "architecture");
        assertAll(CATALOG.skills().stream().map(skill -> (Executable) () -> assertEquals(!tree.contains(skill.id()),
                skill.inferred(), skill.id())));
        assertEquals(12, CATALOG.skills().stream().filter(Skill::inferred).count());
    }

    /**
     * The rule (README, "Prerequisites"): don't jump levels. Every project but Rustlings needs at
     * least one project, each from the stage just before its own (Rustlings, the must-do, for the rest
     * of stage 1), and never one from further back.
     */
    @Test
    void everyPrerequisite_followsTheDontJumpLevelsRule() {
        List<Executable> checks = new ArrayList<>();
        for (Project p : CATALOG.projects()) {
            int stage = CATALOG.stageOf(p.id()).orElseThrow();
            if (!p.id().equals("rustlings")) {
                checks.add(() -> assertFalse(p.prerequisites().isEmpty(), p.id() + " needs something"));
            }
            for (Prerequisite edge : p.prerequisites()) {
                int from = CATALOG.stageOf(edge.project()).orElseThrow();
                checks.add(() -> assertTrue(stage == 1 ? edge.project().equals("rustlings") : from == stage - 1,
                        p.id() + " (stage " + stage + ") needs " + edge.project() + " (stage " + from + ")"));
                checks.add(() -> assertTrue(edge.reason().bilingual(), p.id() + " <- " + edge.project()));
            }
        }
        assertAll(checks);
        assertEquals(List.of("deno"), project("firecracker").prerequisites().stream()
                .map(Prerequisite::project).toList(), "firecracker no longer jumps from stage 2 to stage 4");
    }

    @Test
    void theGuidesGeneralSections_haveIds() {
        assertEquals(List.of("about", "route", "strategy", "contributing", "resources", "advice"),
                CATALOG.sections().stream().map(Section::id).toList());
        assertEquals(Tier.BASIC, project("rustlings").contributions().get(0).tier());
    }

    /** The whole route takes stage 4's first direction, Firecracker, not both; Servo when the goal asks for it. */
    @Test
    void wholeRoute_takesOneProjectOfStageFour() {
        Studypath guide = Studypath.of(CATALOG);
        List<String> path = guide.path("", guide.newProfile().build()).projects();
        assertEquals(List.of("rustlings", "ripgrep", "mini-redis", "serde", "clap", "tokio", "deno", "alacritty",
                "firecracker"), path.stream().sorted(java.util.Comparator.comparingInt(CATALOG::indexOf)).toList());
        assertTrue(guide.path("browser", guide.newProfile().build()).projects().contains("servo"));
    }

    /** Asked for every project, the whole route takes both of stage 4's directions. */
    @Test
    void everyProject_takesBothDirectionsOfStageFour() {
        Studypath guide = Studypath.of(CATALOG);
        List<String> path = guide.path(Studypath.EVERY_PROJECT, guide.newProfile().build()).projects();
        assertEquals(10, path.size(), path.toString());
        assertTrue(path.containsAll(List.of("firecracker", "servo")), path.toString());
        assertEquals(path, guide.path(" * ", guide.newProfile().build()).projects());
    }

    /** A learner who took the other direction has made stage 4's choice: the route does not add Firecracker. */
    @Test
    void wholeRoute_afterServo_addsNoOtherStageFourProject() {
        Studypath guide = Studypath.of(CATALOG);
        List<String> path = guide.path("", guide.newProfile().completed("servo").build()).projects();
        assertFalse(path.contains("firecracker"), path.toString());
        assertTrue(path.contains("alacritty"), path.toString());
    }

    /**
     * clap's route is "Day 1-3", "Day 4-7", "Day 8-14": stored as weeks 1, 1 and 2, its first two
     * milestones got the same dates in the schedule and the calendar. By days they follow each other.
     */
    @Test
    void clapsMilestones_areScheduledByDays_oneAfterTheOther() {
        Studypath guide = Studypath.of(CATALOG);
        Schedule schedule = guide.schedule("CLI tools", guide.newProfile().completed("rustlings").build(),
                ScheduleOptions.startingOn(LocalDate.of(2027, 1, 4)));
        ScheduleItem clap = schedule.items().stream().filter(item -> item.project().equals("clap")).findFirst()
                .orElseThrow();
        List<ScheduleItem.DatedMilestone> milestones = clap.weeks();
        assertEquals(3, milestones.size());
        for (int i = 1; i < milestones.size(); i++) {
            assertTrue(milestones.get(i).start().isAfter(milestones.get(i - 1).end()),
                    milestones.get(i - 1) + " then " + milestones.get(i));
        }
        // Days 1-3 of 14 take about a fifth of clap's time, days 8-14 about half.
        long total = ChronoUnit.DAYS.between(clap.start(), clap.end()) + 1;
        long first = ChronoUnit.DAYS.between(milestones.get(0).start(), milestones.get(0).end()) + 1;
        long last = ChronoUnit.DAYS.between(milestones.get(2).start(), milestones.get(2).end()) + 1;
        assertTrue(Math.abs(first - total * 3.0 / 14) <= 1, first + " of " + total);
        assertTrue(Math.abs(last - total * 7.0 / 14) <= 1, last + " of " + total);
    }

    /** The guide's stage durations (1-2, 2-3, 3-6 months, then ongoing) stand beside the plan's own estimate. */
    @Test
    void wholeRoute_eachStageHasThePlansWeeksBesideTheGuidesMonths() {
        dev.studypath.engine.Studypath studypath = dev.studypath.engine.Studypath.of(CATALOG);
        dev.studypath.engine.LearningPath path = studypath.path("", studypath.newProfile().build());
        List<dev.studypath.engine.LearningPath.StageEstimate> stages = path.stages();
        assertEquals(List.of(1, 2, 3, 4), stages.stream().map(dev.studypath.engine.LearningPath.StageEstimate::stage)
                .toList());
        assertEquals(List.of(new Range(1, 2), new Range(2, 3), new Range(3, 6)),
                stages.subList(0, 3).stream().map(dev.studypath.engine.LearningPath.StageEstimate::months).toList());
        assertTrue(stages.get(3).months().openEnded(), "stage 4 is ongoing");
        assertEquals(path.steps().size(), stages.stream().mapToInt(
                dev.studypath.engine.LearningPath.StageEstimate::projects).sum());
        assertEquals(path.weeks().min(), stages.stream().mapToDouble(e -> e.weeks().min()).sum(), 1e-9);
        assertEquals(path.weeks().max(), stages.stream().mapToDouble(e -> e.weeks().max()).sum(), 1e-9);
    }
}
