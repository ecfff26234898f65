package dev.studypath.engine.score;

import dev.studypath.engine.GoalMatch;
import dev.studypath.engine.GoalMatch.WeightedSkill;
import dev.studypath.engine.ScoreComponent;
import dev.studypath.engine.model.Catalog;
import dev.studypath.engine.model.Project;
import dev.studypath.engine.model.Skill;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.util.FastMath;

/**
 * Scores a project for a goal and a learner, in [0, 1], as a weighted sum of four named components,
 * each with its reason. The formula is in the README. Internal to the engine.
 */
public final class Scorer {

    /** How much each component weighs; they sum to 1. */
    public static final double RELEVANCE_WEIGHT = 0.45;
    public static final double READINESS_WEIGHT = 0.25;
    public static final double VALUE_WEIGHT = 0.15;
    public static final double EFFORT_WEIGHT = 0.15;
    /** The rating's share of the value component; popularity has the rest. */
    public static final double RATING_SHARE = 0.6;
    /** The weeks at which the effort component falls to one half. */
    public static final double EFFORT_HALF_WEEKS = 12;
    /** The relevance a project gets for being needed on the way to the goal. */
    public static final double ON_THE_WAY_RELEVANCE = 0.5;
    /** Readiness by difficulty step (difficulty minus the learner's level): at or below, +1, +2, +3 or more. */
    static final double[] STEP_READINESS = {0.7, 1.0, 0.4, 0.1};

    private final Catalog catalog;
    private final double[] popularity;

    public Scorer(Catalog catalog) {
        this.catalog = catalog;
        List<Project> projects = catalog.projects();
        double[] logStars = new double[projects.size()];
        for (int i = 0; i < logStars.length; i++) {
            logStars[i] = FastMath.log1p(projects.get(i).stars());
        }
        double min = logStars.length == 0 ? 0 : StatUtils.min(logStars);
        double max = logStars.length == 0 ? 0 : StatUtils.max(logStars);
        popularity = new double[logStars.length];
        for (int i = 0; i < logStars.length; i++) {
            popularity[i] = max > min ? (logStars[i] - min) / (max - min) : 0.5;
        }
    }

    /**
     * The score of the project at {@code index}.
     *
     * @param onTheWayTo for a project the goal's targets need first, the id of the first of those
     *                   targets; an empty string otherwise
     */
    public Score score(int index, GoalMatch goal, Learner learner, String onTheWayTo) {
        return score(index, goal, learner, onTheWayTo, learner.completed(), learner.level());
    }

    /**
     * The score of the project at {@code index} at a later point of a path, when the projects in
     * {@code done} are completed and the learner's level is {@code level}.
     */
    public Score score(int index, GoalMatch goal, Learner learner, String onTheWayTo, BitSet done, int level) {
        Project project = catalog.projects().get(index);
        List<ScoreComponent> components = List.of(
                relevance(project, goal, learner, onTheWayTo),
                readiness(project, done, level),
                value(index, project),
                effort(project, learner));
        double total = 0;
        for (ScoreComponent c : components) {
            total += c.weight() * c.value();
        }
        return new Score(Math.min(1, Math.max(0, total)), components);
    }

    private ScoreComponent relevance(Project project, GoalMatch goal, Learner learner, String onTheWayTo) {
        double value;
        String reason;
        switch (goal.kind()) {
            case WHOLE_ROUTE -> {
                boolean staged = catalog.stageOf(project.id()).isPresent();
                value = staged ? 1 : ON_THE_WAY_RELEVANCE;
                reason = staged ? "on the route, stage " + catalog.stageOf(project.id()).getAsInt()
                        : "not on the catalog's route";
            }
            case GOAL -> {
                String goalId = goal.goals().get(0);
                boolean recommended = catalog.goal(goalId).orElseThrow().projects().contains(project.id());
                if (recommended) {
                    value = 1;
                    reason = "recommended for " + catalog.goal(goalId).orElseThrow().name().en() + ", your goal";
                } else {
                    value = skillRelevance(project, goal, learner);
                    reason = skillReason(project, goal, learner, value);
                }
            }
            default -> {
                value = skillRelevance(project, goal, learner);
                reason = skillReason(project, goal, learner, value);
            }
        }
        if (!onTheWayTo.isEmpty() && value < ON_THE_WAY_RELEVANCE) {
            value = ON_THE_WAY_RELEVANCE;
            reason = "needed before " + onTheWayTo + ", which your goal asks for";
        }
        return new ScoreComponent("relevance", value, RELEVANCE_WEIGHT, reason);
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

    private String skillReason(Project project, GoalMatch goal, Learner learner, double value) {
        List<String> taught = new ArrayList<>();
        for (WeightedSkill wanted : goal.skills()) {
            int gives = project.teachesLevel(wanted.skill());
            if (gives > learner.skillLevel(wanted.skill())) {
                taught.add(skillName(wanted.skill()) + " (level " + gives + ")");
            }
        }
        if (value == 0 || taught.isEmpty()) {
            return "teaches none of your goal's skills beyond what you know";
        }
        return "teaches " + join(taught) + ", your goal";
    }

    private ScoreComponent readiness(Project project, BitSet completed, int level) {
        int total = project.prerequisites().size();
        List<String> missing = new ArrayList<>();
        List<String> done = new ArrayList<>();
        project.prerequisites().forEach(p -> (completed.get(catalog.indexOf(p.project())) ? done : missing)
                .add(p.project()));
        double prerequisitesMet = total == 0 ? 1 : (double) done.size() / total;
        int step = project.difficulty() - level;
        double stepValue = STEP_READINESS[Math.max(0, Math.min(3, step))];
        String stepReason = switch (Math.max(0, Math.min(3, step))) {
            case 0 -> "difficulty " + project.difficulty() + ", at or below your level " + level;
            case 1 -> "difficulty " + project.difficulty() + ", one step above your level " + level;
            case 2 -> "difficulty " + project.difficulty() + ", two steps above your level " + level
                    + ": a big jump";
            default -> "difficulty " + project.difficulty() + ", " + step + " steps above your level "
                    + level + ": too big a jump for now";
        };
        String prerequisites = total == 0 ? "no prerequisites"
                : missing.isEmpty() ? join(done) + " done" : "needs " + join(missing) + " first";
        return new ScoreComponent("readiness", prerequisitesMet * stepValue, READINESS_WEIGHT,
                prerequisites + "; " + stepReason);
    }

    private ScoreComponent value(int index, Project project) {
        double rating = (project.rating() - 1) / 4.0;
        double value = RATING_SHARE * rating + (1 - RATING_SHARE) * popularity[index];
        String stars = project.stars() > 0 ? String.format(Locale.ROOT, ", %,d+ stars", project.stars()) : "";
        return new ScoreComponent("value", value, VALUE_WEIGHT, "rated " + project.rating() + "/5" + stars);
    }

    private ScoreComponent effort(Project project, Learner learner) {
        double weeks = learner.likelyWeeks(project);
        double value = 1 / (1 + weeks / EFFORT_HALF_WEEKS);
        return new ScoreComponent("effort", value, EFFORT_WEIGHT, "about " + weeks(weeks) + " at "
                + hours(learner.profile().hoursPerWeek()) + " h/week");
    }

    private String skillName(String skill) {
        return catalog.skill(skill).map(Skill::name).map(dev.studypath.engine.model.Text::en).orElse(skill);
    }

    static String weeks(double weeks) {
        long rounded = Math.max(1, Math.round(weeks));
        return rounded == 1 ? "1 week" : rounded + " weeks";
    }

    static String hours(double hours) {
        return hours == Math.rint(hours) ? String.valueOf((long) hours) : String.format(Locale.ROOT, "%.1f", hours);
    }

    static String join(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
