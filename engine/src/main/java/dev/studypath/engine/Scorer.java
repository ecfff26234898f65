package dev.studypath.engine;

import dev.studypath.engine.GoalMatch.WeightedSkill;
import dev.studypath.engine.model.Catalog;
import dev.studypath.engine.model.Effort;
import dev.studypath.engine.model.Goal;
import dev.studypath.engine.model.Project;
import dev.studypath.engine.model.Range;
import dev.studypath.engine.model.Skill;
import dev.studypath.engine.model.SkillLevel;
import dev.studypath.engine.model.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.util.FastMath;

/**
 * Scores a project for a goal and a learner, in [0, 1], as a weighted sum of four named components,
 * each with its reason. The formula is in the README.
 */
final class Scorer {

    /** How much each component weighs; they sum to 1. */
    static final double RELEVANCE_WEIGHT = 0.45;
    static final double READINESS_WEIGHT = 0.25;
    static final double VALUE_WEIGHT = 0.15;
    static final double EFFORT_WEIGHT = 0.15;
    /** The rating's share of the value component; popularity has the rest. */
    static final double RATING_SHARE = 0.6;
    /** The weeks at which the effort component falls to one half. */
    static final double EFFORT_HALF_WEEKS = 12;
    /** The relevance a project gets for being needed on the way to the goal. */
    static final double ON_THE_WAY_RELEVANCE = 0.5;
    /** Readiness by difficulty step (difficulty minus the learner's level): at or below, +1, +2, +3 or more. */
    static final double[] STEP_READINESS = {0.7, 1.0, 0.4, 0.1};

    private final Catalog catalog;
    private final PrerequisiteGraph graph;
    /** The value component of each project: it depends on the project alone. */
    private final double[] value;
    /** The projects that teach each skill, by skill index, with the level, in compressed form. */
    private final Map<String, Integer> skillIndex;
    private final int[] teacherStart;
    private final int[] teacher;
    private final byte[] teacherLevel;
    /** Each project's hours at the catalog's baseline: most likely, and planned lower and upper ends. */
    private final double[] likelyHours;
    /** The planned lower and upper ends side by side: a path reads both for each project. */
    private final double[] planned;
    private final byte[] difficulty;
    /** The projects in a stage of the route. */
    private final BitSet staged;

    /** A scorer with its own prerequisite graph. */
    Scorer(Catalog catalog) {
        this(catalog, new PrerequisiteGraph(catalog));
    }

    /** A scorer that reads prerequisites from {@code graph}, which must be {@code catalog}'s. */
    Scorer(Catalog catalog, PrerequisiteGraph graph) {
        this.catalog = catalog;
        this.graph = graph;
        List<Project> projects = catalog.projects();
        double[] logStars = new double[projects.size()];
        for (int i = 0; i < logStars.length; i++) {
            logStars[i] = FastMath.log1p(projects.get(i).stars().count());
        }
        double min = logStars.length == 0 ? 0 : StatUtils.min(logStars);
        double max = logStars.length == 0 ? 0 : StatUtils.max(logStars);
        value = new double[logStars.length];
        for (int i = 0; i < logStars.length; i++) {
            double popularity = max > min ? (logStars[i] - min) / (max - min) : 0.5;
            double rating = (projects.get(i).rating() - 1) / 4.0;
            value[i] = RATING_SHARE * rating + (1 - RATING_SHARE) * popularity;
        }
        Map<String, Integer> skills = new HashMap<>();
        for (int s = 0; s < catalog.skills().size(); s++) {
            skills.put(catalog.skills().get(s).id(), s);
        }
        skillIndex = Map.copyOf(skills);
        teacherStart = new int[skills.size() + 2];
        for (Project project : projects) {
            for (SkillLevel taught : project.teaches()) {
                teacherStart[skillIndex.getOrDefault(taught.skill(), skills.size()) + 2]++;
            }
        }
        for (int k = 2; k < teacherStart.length; k++) {
            teacherStart[k] += teacherStart[k - 1];
        }
        teacher = new int[teacherStart[teacherStart.length - 1]];
        teacherLevel = new byte[teacher.length];
        likelyHours = new double[projects.size()];
        planned = new double[2 * projects.size()];
        difficulty = new byte[projects.size()];
        staged = new BitSet(projects.size());
        double baseline = catalog.baselineHoursPerWeek();
        for (int i = 0; i < projects.size(); i++) {
            Project project = projects.get(i);
            for (SkillLevel taught : project.teaches()) {
                int at = teacherStart[skillIndex.getOrDefault(taught.skill(), skills.size()) + 1]++;
                teacher[at] = i;
                teacherLevel[at] = (byte) taught.level();
            }
            likelyHours[i] = project.effort().likelyHours(baseline);
            Range planned = project.effort().plannedHours(baseline);
            this.planned[2 * i] = planned.min();
            this.planned[2 * i + 1] = planned.max();
            difficulty[i] = (byte) project.difficulty();
            if (catalog.stageOf(project.id()).isPresent()) {
                staged.set(i);
            }
        }
    }

    /** Whether a project in {@code set} teaches the skill {@code skillId}. */
    boolean taughtIn(String skillId, BitSet set) {
        Integer s = skillIndex.get(skillId);
        if (s == null) {
            return false;
        }
        for (int e = teacherStart[s]; e < teacherStart[s + 1]; e++) {
            if (set.get(teacher[e])) {
                return true;
            }
        }
        return false;
    }

    /** The highest level a project of the catalog teaches the skill {@code skillId} to; 0 when none does. */
    int highestTaught(String skillId) {
        Integer s = skillIndex.get(skillId);
        int highest = 0;
        if (s != null) {
            for (int e = teacherStart[s]; e < teacherStart[s + 1]; e++) {
                highest = Math.max(highest, teacherLevel[e]);
            }
        }
        return highest;
    }

    /** The projects that teach the skill {@code skillId}, as indexes; empty for an unknown skill. */
    int[] teachers(String skillId) {
        Integer s = skillIndex.get(skillId);
        return s == null ? new int[0] : Arrays.copyOfRange(teacher, teacherStart[s], teacherStart[s + 1]);
    }

    /** {@link Learner#likelyHours} of the project at {@code index}, from the hours worked out once. */
    double likelyHours(int index, Learner learner) {
        return likelyHours[index] * remaining(index, learner);
    }

    /** The lower end of {@link Learner#hours} of the project at {@code index}. */
    double minHours(int index, Learner learner) {
        return planned[2 * index] * remaining(index, learner);
    }

    /** The upper end of {@link Learner#hours} of the project at {@code index}. */
    double maxHours(int index, Learner learner) {
        return planned[2 * index + 1] * remaining(index, learner);
    }

    /** 1 minus the learner's discount on the project; 1 without reading the project when they rated no skill. */
    private double remaining(int index, Learner learner) {
        return learner.profile().known().isEmpty() ? 1 : 1 - learner.discount(catalog.projects().get(index));
    }

    /**
     * The score of the project at {@code index}.
     *
     * @param onTheWayTo for a project the goal's targets need first, the id of the first of those
     *                   targets; an empty string otherwise
     */
    Score score(int index, GoalMatch goal, Learner learner, String onTheWayTo) {
        return query(goal, learner).score(index, onTheWayTo, learner.completed(), learner.level());
    }

    /**
     * The score of the project at {@code index} at a later point of a path, when the projects in
     * {@code done} are completed and the learner's level is {@code level}.
     */
    Score score(int index, GoalMatch goal, Learner learner, String onTheWayTo, BitSet done, int level) {
        return query(goal, learner).score(index, onTheWayTo, done, level);
    }

    /** Scores for one goal and learner, with what they share worked out once. */
    Query query(GoalMatch goal, Learner learner) {
        return new Query(goal, learner);
    }

    /**
     * Scores for one goal and learner. {@link #value} gives the same number as {@link #score}'s
     * value without building the reasons, for ranking many projects.
     */
    final class Query {

        private final GoalMatch goal;
        private final Learner learner;
        /** For a goal of the catalog: its recommended projects and its name; otherwise null. */
        private final BitSet recommended;
        private final Goal named;
        /** The goal's skills as skill indexes (-1 when unknown), their weights and the learner's levels. */
        private final int[] wanted;
        private final double[] weight;
        private final int[] have;
        private final boolean nothingDone;
        /** The goal's skill relevance of each project before the cap at 1, summed over the goal's skills in order. */
        private final double[] skillSum;

        private Query(GoalMatch goal, Learner learner) {
            this.goal = goal;
            this.learner = learner;
            this.nothingDone = learner.completed().isEmpty();
            List<WeightedSkill> skills = goal.skills();
            wanted = new int[skills.size()];
            weight = new double[skills.size()];
            have = new int[skills.size()];
            for (int s = 0; s < wanted.length; s++) {
                wanted[s] = skillIndex.getOrDefault(skills.get(s).skill(), -1);
                weight[s] = skills.get(s).weight();
                have[s] = learner.skillLevel(skills.get(s).skill());
            }
            skillSum = new double[catalog.projects().size()];
            for (int s = 0; s < wanted.length; s++) {
                int known = have[s];
                if (wanted[s] < 0 || known >= 5) {
                    continue;
                }
                for (int e = teacherStart[wanted[s]]; e < teacherStart[wanted[s] + 1]; e++) {
                    int gives = teacherLevel[e];
                    if (gives > known) {
                        skillSum[teacher[e]] += weight[s] * (gives - known) / (5.0 - known);
                    }
                }
            }
            recommended = new BitSet(catalog.projects().size());
            goal.projects().forEach(id -> recommended.set(catalog.indexOf(id)));
            if (goal.kind() == GoalMatch.Kind.GOAL) {
                named = catalog.goal(goal.goals().get(0)).orElseThrow();
                named.projects().forEach(id -> recommended.set(catalog.indexOf(id)));
            } else {
                named = null;
            }
        }

        /**
         * The score's value for the project at {@code index} with the learner's own completed
         * projects and level; equal to {@code score(index, ...).value()}.
         */
        double value(int index, boolean onTheWay) {
            double relevance = relevanceValue(index);
            if (onTheWay && relevance < ON_THE_WAY_RELEVANCE) {
                relevance = ON_THE_WAY_RELEVANCE;
            }
            int total = graph.prerequisiteCount(index);
            double prerequisitesMet = total == 0 ? 1 : (double) (nothingDone ? 0
                    : graph.prerequisitesIn(index, learner.completed())) / total;
            double readiness = prerequisitesMet * stepValue(difficulty[index] - learner.level());
            double effort = effortValue(likelyHours(index, learner) / learner.profile().hoursPerWeek());
            return total(relevance, readiness, value[index], effort);
        }

        /** The score of the project at {@code index} when {@code done} are completed at {@code level}. */
        Score score(int index, String onTheWayTo, BitSet done, int level) {
            return score(index, onTheWayTo, (IntPredicate) done::get, level);
        }

        /** The score of the project at {@code index} when the projects {@code done} accepts are completed. */
        Score score(int index, String onTheWayTo, IntPredicate done, int level) {
            Project project = catalog.projects().get(index);
            ScoreComponent relevance = relevance(index, project, onTheWayTo);
            ScoreComponent readiness = readiness(index, project, done, level);
            ScoreComponent worth = new ScoreComponent("value", value[index], VALUE_WEIGHT,
                    new Reason.Rated(project.rating(), project.stars()));
            ScoreComponent effort = effort(project);
            return new Score(total(relevance.value(), readiness.value(), worth.value(), effort.value()),
                    List.of(relevance, readiness, worth, effort));
        }

        private double relevanceValue(int index) {
            return switch (goal.kind()) {
                case WHOLE_ROUTE -> staged.get(index) ? 1 : ON_THE_WAY_RELEVANCE;
                default -> recommended.get(index) ? 1 : skillRelevance(index);
            };
        }

        /** {@link Scorer#skillRelevance} from the sums worked out once. */
        private double skillRelevance(int index) {
            return Math.min(1, skillSum[index]);
        }

        private ScoreComponent relevance(int index, Project project, String onTheWayTo) {
            double value = relevanceValue(index);
            Reason reason;
            switch (goal.kind()) {
                case WHOLE_ROUTE -> reason = value == 1 ? new Reason.OnRoute(catalog.stageOf(project.id()).getAsInt())
                        : new Reason.OffRoute();
                case GOAL -> reason = recommended.get(index) ? new Reason.RecommendedFor(named.id(), named.name())
                        : skillReason(project, goal, learner, value);
                default -> reason = recommended.get(index) ? new Reason.AskedFor()
                        : skillReason(project, goal, learner, value);
            }
            if (!onTheWayTo.isEmpty() && value < ON_THE_WAY_RELEVANCE) {
                value = ON_THE_WAY_RELEVANCE;
                reason = new Reason.OnTheWayTo(onTheWayTo);
            }
            return new ScoreComponent("relevance", value, RELEVANCE_WEIGHT, reason);
        }

        private ScoreComponent readiness(int index, Project project, IntPredicate completed, int level) {
            int total = graph.prerequisiteCount(index);
            List<String> missing = new ArrayList<>();
            List<String> done = new ArrayList<>();
            for (int i = 0; i < total; i++) {
                String id = project.prerequisites().get(i).project();
                (completed.test(graph.prerequisite(index, i)) ? done : missing).add(id);
            }
            double prerequisitesMet = total == 0 ? 1 : (double) done.size() / total;
            int step = project.difficulty() - level;
            return new ScoreComponent("readiness", prerequisitesMet * stepValue(step), READINESS_WEIGHT,
                    new Reason.Readiness(done, missing, project.difficulty(), level));
        }

        private ScoreComponent effort(Project project) {
            double weeks = learner.likelyWeeks(project);
            Reason about = new Reason.Takes(learner.likelyHours(project), weeks, learner.profile().hoursPerWeek(),
                    project.effort().unit() == Effort.Unit.HOURS);
            return new ScoreComponent("effort", effortValue(weeks), EFFORT_WEIGHT, about);
        }
    }

    private static double stepValue(int step) {
        return STEP_READINESS[Math.max(0, Math.min(3, step))];
    }

    private static double effortValue(double weeks) {
        return 1 / (1 + weeks / EFFORT_HALF_WEEKS);
    }

    /** The weighted sum of the components, in their order, kept within [0, 1]. */
    private static double total(double relevance, double readiness, double value, double effort) {
        double total = 0;
        total += RELEVANCE_WEIGHT * relevance;
        total += READINESS_WEIGHT * readiness;
        total += VALUE_WEIGHT * value;
        total += EFFORT_WEIGHT * effort;
        return Math.min(1, Math.max(0, total));
    }

    /** How much of the gap between the learner's level and mastery of the goal's skills it closes. */
    static double skillRelevance(Project project, GoalMatch goal, Learner learner) {
        double value = 0;
        for (WeightedSkill wanted : goal.skills()) {
            int have = learner.skillLevel(wanted.skill());
            int gives = project.teachesLevel(wanted.skill());
            if (have < 5 && gives > have) {
                value += wanted.weight() * (gives - have) / (5.0 - have);
            }
        }
        return Math.min(1, value);
    }

    private Reason skillReason(Project project, GoalMatch goal, Learner learner, double value) {
        List<Reason.Taught> taught = new ArrayList<>();
        for (WeightedSkill wanted : goal.skills()) {
            int gives = project.teachesLevel(wanted.skill());
            if (gives > learner.skillLevel(wanted.skill())) {
                taught.add(new Reason.Taught(wanted.skill(), skillName(wanted.skill()), gives));
            }
        }
        return value == 0 || taught.isEmpty() ? new Reason.TeachesNothingNew() : new Reason.Teaches(taught);
    }

    private Text skillName(String skill) {
        return catalog.skill(skill).map(Skill::name).orElse(Text.of(skill));
    }
}
