package dev.studypath.engine;

import dev.studypath.engine.GoalMatch.WeightedSkill;
import dev.studypath.engine.model.Effort;
import dev.studypath.engine.model.Goal;
import dev.studypath.engine.model.Project;
import dev.studypath.engine.model.Skill;
import dev.studypath.engine.model.Text;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Scores a project for a goal and a learner, in [0, 1], as a weighted sum of four named components,
 * and explains the score when asked: one computation, so the ranking and the reasons cannot drift apart.
 * The formula is in the README.
 */
final class Scorer {

    /** How much each component weighs; they sum to 1. */
    static final double RELEVANCE_WEIGHT = 0.45;
    static final double READINESS_WEIGHT = 0.25;
    static final double VALUE_WEIGHT = 0.15;
    static final double EFFORT_WEIGHT = 0.15;
    /** The weeks at which the effort component falls to one half. */
    static final double EFFORT_HALF_WEEKS = 12;
    /** The relevance a project gets for being needed on the way to the goal. */
    static final double ON_THE_WAY_RELEVANCE = 0.5;
    /** Readiness by difficulty step (difficulty minus the learner's level): at or below, +1, +2, +3 or more. */
    static final double[] STEP_READINESS = {0.7, 1.0, 0.4, 0.1};
    /** For {@link ForGoal#score}: the project is needed by no target. */
    static final int NOT_ON_THE_WAY = -1;

    private final CatalogIndex index;
    private final PrerequisiteGraph graph;

    Scorer(CatalogIndex index, PrerequisiteGraph graph) {
        this.index = index;
        this.graph = graph;
    }

    /** Scores for one goal and learner, with what they share worked out once (O(projects)). */
    ForGoal forGoal(GoalMatch goal, Learner learner) {
        return new ForGoal(goal, learner);
    }

    /** Scores for one goal and learner. */
    final class ForGoal {

        private final GoalMatch goal;
        private final Learner learner;
        /** The learner's completed projects; null when there are none. */
        private final BitSet completed;
        /** The projects the goal names or, for a goal of the catalog, recommends; and that goal, or null. */
        private final BitSet recommended;
        private final Goal named;
        /** The goal's skill relevance of each project before the cap at 1, summed over the goal's skills in order. */
        private final double[] skillSum;

        private ForGoal(GoalMatch goal, Learner learner) {
            this.goal = goal;
            this.learner = learner;
            this.completed = learner.completedNothing() ? null : learner.completed();
            skillSum = new double[index.size()];
            for (WeightedSkill wanted : goal.skills()) {
                int s = index.skill(wanted.skill());
                int known = learner.skillLevel(wanted.skill());
                if (s < 0 || known >= 5) {
                    continue;
                }
                for (int e = index.teachersFrom(s); e < index.teachersTo(s); e++) {
                    int gives = index.teacherLevel(e);
                    if (gives > known) {
                        skillSum[index.teacher(e)] += wanted.weight() * (gives - known) / (5.0 - known);
                    }
                }
            }
            recommended = new BitSet(index.size());
            goal.projects().forEach(id -> recommended.set(index.catalog().indexOf(id)));
            if (goal.kind() == GoalMatch.Kind.GOAL) {
                named = index.catalog().goal(goal.goals().get(0)).orElseThrow();
                named.projects().forEach(id -> recommended.set(index.catalog().indexOf(id)));
            } else {
                named = null;
            }
        }

        /** The score of the project at {@code v} with the learner's own completed projects and level. */
        double score(int v, boolean onTheWay) {
            return score(v, onTheWay ? v : NOT_ON_THE_WAY, null, learner.level(), null);
        }

        /**
         * The score of the project at {@code v} when the projects {@code done} accepts are completed and
         * the learner's level is {@code level}.
         *
         * @param onTheWayTo a target that needs it first, {@link #NOT_ON_THE_WAY} for none; read only to
         *                   name it in the explanation
         * @param done       the completed projects at that point; null for the learner's own
         * @param explain    null, or a list to which the four components, with their reasons, are added
         */
        double score(int v, int onTheWayTo, IntPredicate done, int level, List<ScoreComponent> explain) {
            double relevance = relevance(v);
            boolean onTheWay = onTheWayTo != NOT_ON_THE_WAY && relevance < ON_THE_WAY_RELEVANCE;
            if (onTheWay) {
                relevance = ON_THE_WAY_RELEVANCE;
            }
            int total = graph.prerequisiteCount(v);
            int met = 0;
            if (done != null) {
                for (int i = 0; i < total; i++) {
                    met += done.test(graph.prerequisite(v, i)) ? 1 : 0;
                }
            } else if (completed != null) {
                met = graph.prerequisitesIn(v, completed);
            }
            int difficulty = index.difficulty(v);
            double readiness = (total == 0 ? 1 : (double) met / total) * stepValue(difficulty - level);
            double worth = index.value(v);
            double weeks = learner.likelyWeeks(v);
            double effort = effortValue(weeks);
            if (explain != null) {
                explain(v, onTheWay ? onTheWayTo : NOT_ON_THE_WAY, done, level, new double[] {relevance, readiness,
                        worth, effort, weeks}, explain);
            }
            return total(relevance, readiness, worth, effort);
        }

        /**
         * Adds the four components of a score just computed, with their reasons: apart from the
         * computation, so that the ranking's hot loop stays small.
         *
         * @param parts relevance, readiness, value, effort and the weeks the effort was computed from
         */
        private void explain(int v, int onTheWayTo, IntPredicate done, int level, double[] parts,
                             List<ScoreComponent> explain) {
            Project project = index.project(v);
            explain.add(new ScoreComponent("relevance", parts[0], RELEVANCE_WEIGHT, onTheWayTo != NOT_ON_THE_WAY
                    ? new Reason.OnTheWayTo(index.project(onTheWayTo).id()) : relevanceReason(v, parts[0])));
            explain.add(new ScoreComponent("readiness", parts[1], READINESS_WEIGHT,
                    readinessReason(v, done != null ? done : u -> completed != null && completed.get(u),
                            index.difficulty(v), level)));
            explain.add(new ScoreComponent("value", parts[2], VALUE_WEIGHT,
                    new Reason.Rated(project.rating(), project.stars())));
            explain.add(new ScoreComponent("effort", parts[3], EFFORT_WEIGHT, new Reason.Takes(learner.likelyHours(v),
                    parts[4], learner.profile().hoursPerWeek(), project.effort().unit() == Effort.Unit.HOURS)));
        }

        /** The relevance component before the on-the-way floor. */
        double relevance(int v) {
            if (goal.kind() == GoalMatch.Kind.WHOLE_ROUTE) {
                return index.stage(v) != CatalogIndex.NO_STAGE ? 1 : ON_THE_WAY_RELEVANCE;
            }
            return recommended.get(v) ? 1 : Math.min(1, skillSum[v]);
        }

        private Reason relevanceReason(int v, double relevance) {
            return switch (goal.kind()) {
                case WHOLE_ROUTE -> relevance == 1 ? new Reason.OnRoute(index.stage(v)) : new Reason.OffRoute();
                case GOAL -> recommended.get(v) ? new Reason.RecommendedFor(named.id(), named.name())
                        : skillReason(v, relevance);
                default -> recommended.get(v) ? new Reason.AskedFor() : skillReason(v, relevance);
            };
        }

        private Reason skillReason(int v, double relevance) {
            Project project = index.project(v);
            List<Reason.Taught> taught = new ArrayList<>();
            for (WeightedSkill wanted : goal.skills()) {
                int gives = project.teachesLevel(wanted.skill());
                if (gives > learner.skillLevel(wanted.skill())) {
                    taught.add(new Reason.Taught(wanted.skill(), skillName(wanted.skill()), gives));
                }
            }
            return relevance == 0 || taught.isEmpty() ? new Reason.TeachesNothingNew() : new Reason.Teaches(taught);
        }

        private Reason readinessReason(int v, IntPredicate done, int difficulty, int level) {
            List<String> met = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < graph.prerequisiteCount(v); i++) {
                int u = graph.prerequisite(v, i);
                (done.test(u) ? met : missing).add(index.project(u).id());
            }
            return new Reason.Readiness(met, missing, difficulty, level);
        }
    }

    private Text skillName(String skill) {
        return index.catalog().skill(skill).map(Skill::name).orElse(Text.of(skill));
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
}
