package dev.studypath.dataset;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studypath.engine.model.Catalog;
import dev.studypath.engine.model.Effort;
import dev.studypath.engine.model.Goal;
import dev.studypath.engine.model.Level;
import dev.studypath.engine.model.Milestone;
import dev.studypath.engine.model.Project;
import dev.studypath.engine.model.Range;
import dev.studypath.engine.model.Skill;
import dev.studypath.engine.model.Stage;
import dev.studypath.engine.model.Stars;
import dev.studypath.engine.model.Text;
import dev.studypath.engine.model.Tier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Checks the bundled catalog against the tables of the Chinese "GitHub Rust projects learning guide"
 * (2024-01-15, version 1.0.0). The expected values are written out here, independently of the JSON,
 * so a slip in the data file shows up as a failing row.
 */
class BundledCatalogTest {

    /**
     * The guide's project tables, in the guide's order. "weeks" is the guide's study time; "12+" is
     * open-ended. "stars" as the guide writes them, "+" a lower bound. "stage" is the stage of the guide's
     * recommended route.
     */
    private static final String PROJECT_TABLE = """
            id           level       difficulty  rating  weeks  stars    stage
            rustlings    entry       2           5       2-3    50,000+  1
            ripgrep      entry       3           5       2-4    45,000+  1
            mini-redis   entry       3           4       3-4     3,500+  1
            serde        entry       4           4       2-3     8,500+  2
            clap         entry       3           4       1-2    13,000+  2
            tokio        production  5           5       4-8    25,000+  2
            deno         production  5           5       6-12   93,000+  3
            alacritty    production  4           5       3-6    54,000+  3
            servo        production  5           5       12+    26,000+  4
            firecracker  production  5           5       8-12   24,000+  4
            """;

    /** The guide's skill tree (技能树): id, tier, importance. */
    private static final String SKILL_TREE = """
            rust-syntax     basic         5
            ownership       basic         5
            error-handling  basic         4
            std-library     basic         4
            async           intermediate  4
            macros          intermediate  3
            unsafe          intermediate  3
            performance     intermediate  4
            systems         advanced      5
            networking      advanced      4
            concurrency     advanced      5
            architecture    advanced      5
            """;

    /** The guide's goal table (选择建议): id, difficulty, projects in the guide's order. */
    private static final String GOAL_TABLE = """
            cli-tools       3  ripgrep,clap
            async           4  mini-redis,tokio
            networking      4  mini-redis,deno
            systems         5  firecracker
            graphics        4  alacritty
            browser         5  servo
            cross-language  5  deno
            """;

    /** The guide's recommended route: stage, months ("+" is ongoing), projects in the guide's order. */
    private static final String STAGE_TABLE = """
            1  1-2  rustlings,ripgrep,mini-redis
            2  2-3  serde,clap,tokio
            3  3-6  deno,alacritty
            4  0+   firecracker,servo
            """;

    private static final Map<String, List<String>> ADOPTERS = Map.of(
            "tokio", List.of("Discord", "AWS", "Cloudflare", "Microsoft"),
            "deno", List.of("Slack", "Netlify", "Supabase"),
            "alacritty", List.of("widely used by developers"),
            "firecracker", List.of("AWS Lambda", "Fargate"));

    private static Catalog catalog;

    @BeforeAll
    static void loadTheBundledCatalog() throws Exception {
        catalog = Catalogs.bundled();
    }

    @Test
    void theCatalog_identifiesTheGuideAndItsBaselinePace() {
        assertAll(
                () -> assertEquals("rust-guide", catalog.id()),
                () -> assertEquals("GitHub Rust projects learning guide", catalog.title().en()),
                () -> assertEquals("GitHub Rust 项目学习指南", catalog.title().zh()),
                () -> assertEquals("zh", catalog.language()),
                () -> assertTrue(catalog.source().contains("2024-01-15"), catalog.source()),
                () -> assertTrue(catalog.source().contains("1.0.0"), catalog.source()),
                () -> assertEquals(10.0, catalog.baselineHoursPerWeek()));
    }

    @Test
    void everyProject_matchesTheGuidesTables() {
        List<ProjectRow> rows = rows(PROJECT_TABLE, true).stream().map(ProjectRow::parse).toList();
        assertEquals(rows.stream().map(ProjectRow::id).toList(),
                catalog.projects().stream().map(Project::id).toList(), "the ten projects in the guide's order");
        List<Executable> checks = new ArrayList<>();
        for (ProjectRow row : rows) {
            Project project = project(row.id());
            Effort effort = project.effort();
            Range weeks = effort.range();
            String at = row.id() + ": ";
            checks.add(() -> assertEquals(row.level(), project.level(), at + "level"));
            checks.add(() -> assertEquals(row.difficulty(), project.difficulty(), at + "difficulty"));
            checks.add(() -> assertEquals(row.rating(), project.rating(), at + "rating"));
            checks.add(() -> assertEquals(Effort.Unit.WEEKS, effort.unit(), at + "effort unit"));
            checks.add(() -> assertEquals(row.minWeeks(), weeks.min(), at + "minimum weeks"));
            checks.add(() -> assertEquals(row.maxWeeks(), weeks.max(), at + "maximum weeks"));
            checks.add(() -> assertEquals(row.maxWeeks() == Double.POSITIVE_INFINITY, weeks.openEnded(),
                    at + "open-ended effort"));
            checks.add(() -> assertEquals(row.stars(), project.stars(), at + "stars"));
            checks.add(() -> assertEquals(OptionalInt.of(row.stage()), catalog.stageOf(row.id()), at + "stage"));
            checks.add(() -> assertEquals("https://github.com/" + project.repository(), project.url(),
                    at + "url is the GitHub repository"));
        }
        assertAll(checks);
    }

    @Test
    void servo_hasAnOpenEndedEstimateOfAtLeastTwelveWeeks() {
        Range weeks = project("servo").effort().range();
        assertAll(
                () -> assertEquals(12.0, weeks.min()),
                () -> assertTrue(weeks.openEnded(), "12+ weeks has no upper end"));
    }

    @Test
    void theTwelveTreeSkills_haveTheGuidesTierAndImportance() {
        List<Executable> checks = new ArrayList<>();
        for (String[] row : rows(SKILL_TREE, false)) {
            String id = row[0];
            Tier tier = Tier.valueOf(row[1].toUpperCase(Locale.ROOT));
            int importance = Integer.parseInt(row[2]);
            checks.add(() -> {
                Skill skill = catalog.skill(id).orElseThrow(() -> new AssertionError("no skill " + id));
                assertEquals(tier, skill.tier(), id + ": tier");
                assertEquals(importance, skill.importance(), id + ": importance");
                assertFalse(skill.name().zh().isBlank(), id + ": Chinese name");
            });
        }
        assertAll(checks);
    }

    @Test
    void noAlias_belongsToTwoSkills() {
        Map<String, List<String>> owners = catalog.skills().stream()
                .flatMap(skill -> skill.aliases().stream()
                        .map(alias -> Map.entry(alias.toLowerCase(Locale.ROOT), skill.id())))
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        List<String> shared = owners.entrySet().stream()
                .filter(entry -> entry.getValue().stream().distinct().count() > 1)
                .map(entry -> entry.getKey() + " " + entry.getValue())
                .toList();
        assertEquals(List.of(), shared);
    }

    @Test
    void everyGoal_listsTheGuidesProjectsInOrderWithItsDifficulty() {
        List<String[]> rows = rows(GOAL_TABLE, false);
        assertEquals(rows.stream().map(row -> row[0]).toList(), catalog.goals().stream().map(Goal::id).toList(),
                "the seven goals in the guide's order");
        List<Executable> checks = new ArrayList<>();
        for (String[] row : rows) {
            String id = row[0];
            int difficulty = Integer.parseInt(row[1]);
            List<String> projects = Arrays.asList(row[2].split(","));
            checks.add(() -> {
                Goal goal = catalog.goal(id).orElseThrow(() -> new AssertionError("no goal " + id));
                assertEquals(difficulty, goal.difficulty(), id + ": difficulty");
                assertEquals(projects, goal.projects(), id + ": projects");
                assertFalse(goal.skills().isEmpty(), id + ": names at least one skill");
                assertFalse(goal.name().zh().isBlank(), id + ": Chinese name");
            });
        }
        assertAll(checks);
    }

    @Test
    void theFourStages_listTheirProjectsInTheGuidesOrder() {
        List<String[]> rows = rows(STAGE_TABLE, false);
        assertEquals(rows.size(), catalog.stages().size(), "four stages");
        List<Executable> checks = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            Stage stage = catalog.stages().get(i);
            int number = Integer.parseInt(row[0]);
            Range months = months(row[1]);
            List<String> projects = Arrays.asList(row[2].split(","));
            checks.add(() -> assertEquals(number, stage.number(), "stage at " + number));
            checks.add(() -> assertEquals(months, stage.months(), "stage " + number + ": months"));
            checks.add(() -> assertEquals(projects,
                    stage.projects().stream().map(Stage.StageProject::project).toList(),
                    "stage " + number + ": projects"));
            checks.add(() -> stage.projects().forEach(p -> assertFalse(p.outcome().zh().isBlank(),
                    "stage " + number + ": " + p.project() + " has a Chinese outcome")));
        }
        assertAll(checks);
    }

    @Test
    void rustlings_isTheOnlyStageProjectTheGuideMarksAsRequired() {
        List<String> required = catalog.stages().stream()
                .flatMap(stage -> stage.projects().stream())
                .filter(Stage.StageProject::required)
                .map(Stage.StageProject::project)
                .toList();
        assertEquals(List.of("rustlings"), required);
    }

    @Test
    void tokiosRoute_runsInTwoWeekStepsWithNetworkProgrammingInWeeksFiveToSix() {
        List<Milestone> route = project("tokio").route();
        assertEquals(List.of("1-2", "3-4", "5-6", "7-8"),
                route.stream().map(m -> m.fromWeek() + "-" + m.toWeek()).toList());
        Milestone network = route.get(2);
        assertTrue(network.topics().stream().anyMatch(topic -> topic.english().toLowerCase(Locale.ROOT).contains("network")),
                "weeks 5-6 topics: " + network.topics());
    }

    @Test
    void everyMilestone_liesWithinItsProjectsEffort() {
        List<Executable> checks = new ArrayList<>();
        for (Project project : catalog.projects()) {
            Range weeks = project.effort().range();
            double last = weeks.openEnded() ? Math.max(weeks.min(), 12) : weeks.max();
            int previousStart = 0;
            for (Milestone milestone : project.route()) {
                int start = previousStart;
                checks.add(() -> assertTrue(milestone.toWeek() <= last,
                        project.id() + ": milestone '" + milestone.title().en() + "' ends in week "
                                + milestone.toWeek() + ", after " + last));
                checks.add(() -> assertTrue(milestone.fromWeek() >= start,
                        project.id() + ": milestone '" + milestone.title().en() + "' is out of order"));
                previousStart = milestone.fromWeek();
            }
        }
        assertAll(checks);
    }

    @Test
    void everyProject_hasAMilestoneAndNamesInBothLanguages() {
        List<Executable> checks = new ArrayList<>();
        for (Project project : catalog.projects()) {
            String id = project.id();
            checks.add(() -> assertFalse(project.route().isEmpty(), id + ": at least one milestone"));
            checks.add(() -> assertFalse(project.name().en().isBlank(), id + ": English name"));
            checks.add(() -> assertFalse(project.name().zh().isBlank(), id + ": Chinese name"));
            checks.add(() -> project.route().forEach(m -> assertFalse(m.checklist().isEmpty(),
                    id + ": milestone '" + m.title().en() + "' has a checklist")));
        }
        assertAll(checks);
    }

    @Test
    void theProductionProjects_nameTheirAdoptersAndTheEntryProjectsNone() {
        List<Executable> checks = new ArrayList<>();
        for (Project project : catalog.projects()) {
            List<String> expected = ADOPTERS.getOrDefault(project.id(), List.of());
            checks.add(() -> assertEquals(expected, project.adopters().stream().map(Text::en).toList(),
                    project.id() + ": adopters"));
        }
        assertAll(checks);
    }

    @Test
    void theGuidesPrerequisiteEdges_arePresent() {
        Map<String, Project> byId = catalog.projects().stream()
                .collect(Collectors.toMap(Project::id, Function.identity()));
        List<Executable> checks = new ArrayList<>();
        for (String[] edge : new String[][] {
                {"ripgrep", "rustlings"}, {"mini-redis", "rustlings"}, {"serde", "rustlings"},
                {"clap", "rustlings"}, {"tokio", "mini-redis"}, {"deno", "tokio"}}) {
            checks.add(() -> assertTrue(byId.get(edge[0]).prerequisites().stream()
                    .anyMatch(p -> p.project().equals(edge[1])), edge[0] + " needs " + edge[1]));
        }
        assertAll(checks);
    }

    @Test
    void everyPrerequisite_sitsInTheSameOrAnEarlierStage_andLeadsBackToRustlings() {
        List<Executable> checks = new ArrayList<>();
        for (Project project : catalog.projects()) {
            int stage = catalog.stageOf(project.id()).orElseThrow();
            project.prerequisites().forEach(p -> checks.add(() -> assertTrue(
                    catalog.stageOf(p.project()).orElseThrow() <= stage,
                    project.id() + " needs " + p.project() + " from a later stage")));
            if (!project.id().equals("rustlings")) {
                checks.add(() -> assertTrue(reachesRustlings(project.id()),
                        project.id() + " leads back to rustlings"));
            }
        }
        assertAll(checks);
    }

    private static boolean reachesRustlings(String id) {
        List<String> queue = new ArrayList<>(List.of(id));
        for (int i = 0; i < queue.size(); i++) {
            for (var prerequisite : project(queue.get(i)).prerequisites()) {
                if (prerequisite.project().equals("rustlings")) {
                    return true;
                }
                if (!queue.contains(prerequisite.project())) {
                    queue.add(prerequisite.project());
                }
            }
        }
        return false;
    }

    private static Project project(String id) {
        return catalog.project(id).orElseThrow(() -> new AssertionError("no project " + id));
    }

    /** The rows of a white-space separated table, without its header when it has one. */
    private static List<String[]> rows(String table, boolean header) {
        List<String[]> rows = table.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .map(line -> line.split("\\s+"))
                .collect(Collectors.toCollection(ArrayList::new));
        return header ? rows.subList(1, rows.size()) : rows;
    }

    /** "1-2" or the open-ended "0+". */
    private static Range months(String cell) {
        if (cell.endsWith("+")) {
            return Range.atLeast(Double.parseDouble(cell.substring(0, cell.length() - 1)));
        }
        String[] ends = cell.split("-");
        return new Range(Double.parseDouble(ends[0]), Double.parseDouble(ends[1]));
    }

    /** One row of {@link #PROJECT_TABLE}. */
    private record ProjectRow(String id, Level level, int difficulty, int rating, double minWeeks, double maxWeeks,
                              Stars stars, int stage) {

        static ProjectRow parse(String[] cells) {
            String weeks = cells[4];
            double min;
            double max;
            if (weeks.endsWith("+")) {
                min = Double.parseDouble(weeks.substring(0, weeks.length() - 1));
                max = Double.POSITIVE_INFINITY;
            } else {
                String[] ends = weeks.split("-");
                min = Double.parseDouble(ends[0]);
                max = Double.parseDouble(ends[1]);
            }
            return new ProjectRow(cells[0], Level.valueOf(cells[1].toUpperCase(Locale.ROOT)),
                    Integer.parseInt(cells[2]), Integer.parseInt(cells[3]), min, max,
                    new Stars(Long.parseLong(cells[5].replace(",", "").replace("+", "")), cells[5].endsWith("+")),
                    Integer.parseInt(cells[6]));
        }
    }
}
