package dev.studypath.engine.testing;

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
import dev.studypath.engine.model.Stars;
import dev.studypath.engine.model.Text;
import dev.studypath.engine.model.Tier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Large seeded catalogs for benchmarks and scale tests: the same {@code (projects, seed)} always
 * gives a catalog equal in content.
 *
 * <p>Projects are made in order and each requires only projects made before it, so the prerequisites
 * form a DAG by construction. A project requires {@code min(k, 5..15)} earlier ones ({@value
 * #EDGES_PER_PROJECT} on average): most from the {@value #WINDOW} projects made just before it (a
 * field builds on its neighbours), the rest from anywhere earlier. The projects fill
 * {@value #STAGES} stages in the order they are made (so a prerequisite is never in a later stage),
 * teach 1 to 4 of {@value #SKILLS} skills at a level near their stage, and take 1 to 14 weeks, 10 to
 * 120 hours, or an open-ended 8+ weeks. The catalog lists them in shuffled order.
 *
 * <p>Goals: {@value #MASTERY_GOAL} names the last projects made (the capstones), whose
 * prerequisites cover nearly the whole catalog; {@value #STARTER_GOAL} names a few first-stage
 * projects; two more goals name only skills.
 */
public final class SyntheticCatalog {

    /** The number of skills in every synthetic catalog. */
    public static final int SKILLS = 200;
    /** The average number of prerequisites of a project (fewer for the first 15 projects made). */
    public static final int EDGES_PER_PROJECT = 10;
    /** The number of stages, fewer when there are fewer projects. */
    public static final int STAGES = 5;
    /** How far back the nearby prerequisites of a project reach, in projects made. */
    public static final int WINDOW = 200;
    /** The name of the goal whose closure covers nearly every project; a goal query that matches it. */
    public static final String MASTERY_GOAL = "catalog mastery";
    /** The name of a goal with a few first-stage projects. */
    public static final String STARTER_GOAL = "starter kit";

    private static final String[] QUALIFIERS = {"async", "concurrent", "embedded", "distributed", "secure",
        "functional", "reactive", "parallel", "low-level", "web"};
    private static final String[] TOPICS = {"networking", "storage", "parsing", "testing", "tooling", "graphics",
        "compilers", "databases", "scheduling", "caching", "logging", "messaging", "streaming", "cryptography",
        "serialization", "observability", "memory management", "type systems", "macros", "interop"};
    private static final String[] REASONS = {"uses its runtime", "extends its data model", "builds on its API",
        "assumes its concepts"};
    private static final int NEARBY_PERCENT = 70;

    private SyntheticCatalog() {
    }

    /**
     * A catalog of {@code projects} projects.
     *
     * @param projects how many projects, at least 1
     * @param seed     the random seed
     * @throws IllegalArgumentException when {@code projects} is less than 1
     */
    public static Catalog of(int projects, long seed) {
        if (projects < 1) {
            throw new IllegalArgumentException("a synthetic catalog needs at least 1 project: " + projects);
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<Skill> skills = new ArrayList<>(SKILLS);
        for (int s = 0; s < SKILLS; s++) {
            String name = QUALIFIERS[s / TOPICS.length] + " " + TOPICS[s % TOPICS.length];
            skills.add(new Skill(skillId(s), Text.of(name), List.of(), Tier.values()[s % 3], 1 + s % 5));
        }
        int stageCount = Math.min(STAGES, projects);
        List<Project> made = new ArrayList<>(projects);
        List<List<Stage.StageProject>> members = new ArrayList<>();
        for (int s = 0; s < stageCount; s++) {
            members.add(new ArrayList<>());
        }
        for (int k = 0; k < projects; k++) {
            int stage = 1 + (int) ((long) k * stageCount / projects);
            Project project = project(random, k, stage);
            made.add(project);
            members.get(stage - 1).add(new Stage.StageProject(project.id(), Text.of("finish " + project.id()),
                    k % 3 == 0));
        }
        List<Stage> stages = new ArrayList<>(stageCount);
        for (int s = 1; s <= stageCount; s++) {
            stages.add(new Stage(s, Text.of("Stage " + s), new Range(s, s + 2), members.get(s - 1)));
        }
        int capstones = Math.max(1, Math.min(20, projects / 100));
        List<String> mastery = new ArrayList<>();
        for (int k = projects - capstones; k < projects; k++) {
            mastery.add(id(k));
        }
        List<String> starter = new ArrayList<>();
        for (int k = 0; k < Math.min(3, projects); k++) {
            starter.add(id(k));
        }
        List<Goal> goals = List.of(
                new Goal("mastery", Text.of(MASTERY_GOAL), List.of("everything"),
                        List.of(skillId(0), skillId(21), skillId(42)), mastery, 5),
                new Goal("starter", Text.of(STARTER_GOAL), List.of(), List.of(skillId(1)), starter, 1),
                new Goal("backend", Text.of("backend services"), List.of("server side"),
                        List.of(skillId(60), skillId(63), skillId(71)), List.of(), 3),
                new Goal("systems", Text.of("systems programming"), List.of(),
                        List.of(skillId(40), skillId(56)), List.of(), 4));
        List<Project> listed = new ArrayList<>(made);
        for (int i = listed.size() - 1; i > 0; i--) {
            Collections.swap(listed, i, random.nextInt(i + 1));
        }
        return Catalog.of("synthetic-" + projects + "-" + seed, Text.of("Synthetic catalog of " + projects
                + " projects"), "en", "generated by SyntheticCatalog, seed " + seed, 10, skills, listed, stages,
                goals, List.of());
    }

    /** The id of the project made {@code k}-th, from 0. */
    public static String id(int k) {
        return "proj-" + k;
    }

    private static String skillId(int s) {
        return String.format("skill-%03d", s);
    }

    private static Project project(SplittableRandom random, int k, int stage) {
        int count = Math.min(k, 5 + random.nextInt(11));
        int[] chosen = new int[count];
        List<Prerequisite> prerequisites = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int u;
            do {
                u = random.nextInt(100) < NEARBY_PERCENT ? k - 1 - random.nextInt(Math.min(k, WINDOW))
                        : random.nextInt(k);
            } while (contains(chosen, i, u));
            chosen[i] = u;
            prerequisites.add(new Prerequisite(id(u), random.nextInt(4) == 0 ? REASONS[random.nextInt(4)] : ""));
        }
        int taught = 1 + random.nextInt(4);
        int[] skills = new int[taught];
        List<SkillLevel> teaches = new ArrayList<>(taught);
        for (int i = 0; i < taught; i++) {
            int s;
            do {
                s = random.nextInt(SKILLS);
            } while (contains(skills, i, s));
            skills[i] = s;
            teaches.add(new SkillLevel(skillId(s), clamp(stage + random.nextInt(3) - 1)));
        }
        int kind = random.nextInt(20);
        Effort effort;
        if (kind == 0) {
            effort = new Effort(Effort.Unit.WEEKS, Range.atLeast(8 + random.nextInt(9)));
        } else if (kind <= 4) {
            int min = 10 + 5 * random.nextInt(11);
            effort = Effort.hours(min, min + 10 + 5 * random.nextInt(11));
        } else {
            double min = 1 + random.nextInt(15) / 2.0;
            effort = Effort.weeks(min, min + 1 + random.nextInt(6));
        }
        Level level = stage <= 2 ? Level.ENTRY : stage == 3 ? Level.INTERMEDIATE : Level.PRODUCTION;
        int difficulty = clamp(stage + random.nextInt(3) - 1);
        int rating = 2 + random.nextInt(4);
        long stars = (long) Math.pow(10, 1 + random.nextDouble() * 4.5);
        String name = QUALIFIERS[skills[0] / TOPICS.length] + " " + TOPICS[skills[0] % TOPICS.length] + " " + k;
        return new Project(id(k), Text.of(name), Text.of("A stage " + stage + " project about " + name + "."),
                "synthetic/" + id(k), "", Stars.atLeast(stars), List.of("Rust"), level, difficulty, rating, effort, teaches,
                prerequisites, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static boolean contains(int[] values, int count, int value) {
        for (int i = 0; i < count; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    private static int clamp(int level) {
        return Math.max(1, Math.min(5, level));
    }
}
