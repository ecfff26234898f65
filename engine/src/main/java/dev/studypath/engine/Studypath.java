package dev.studypath.engine;

import dev.studypath.engine.model.Catalog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The engine's one way in: answers "what should I study next, and in what order after that?"
 * for a catalog. Build it once per catalog ({@link #of}); it is immutable and thread-safe, and every
 * result it returns is immutable and deterministic (the same inputs give equal results).
 *
 * <p>A goal is free text in English or Chinese ("async networking", "异步编程", "CLI tools"):
 * goal and skill names, aliases and ids, case- and punctuation-insensitive, with a small number of
 * typos tolerated. The empty goal means the catalog's whole route, stage by stage, taking from a stage
 * that offers a choice ("one of these") as many projects as it says; the goal {@link #EVERY_PROJECT}
 * means the whole route with every project of every stage.
 *
 * <pre>{@code
 * Studypath studypath = Studypath.of(catalog);
 * Profile me = studypath.newProfile().completed("rustlings").hoursPerWeek(6).build();
 * LearningPath path = studypath.path("async networking", me);
 * }</pre>
 */
public final class Studypath {

    /** The goal that asks for the whole route with every project of every stage, not each stage's choice. */
    public static final String EVERY_PROJECT = "*";

    /** How many candidates {@link #next(String, Profile)} returns. */
    public static final int DEFAULT_LIMIT = 3;
    /** The most candidates {@link #next(String, Profile, int)} may be asked for. */
    public static final int MAX_LIMIT = 100;

    private final Catalog catalog;
    private final CatalogIndex index;
    private final GoalMatcher matcher;
    private final Planner planner;

    private Studypath(Catalog catalog) {
        this.catalog = catalog;
        this.index = new CatalogIndex(catalog);
        this.matcher = new GoalMatcher(catalog);
        PrerequisiteGraph graph = new PrerequisiteGraph(index);
        this.planner = new Planner(index, graph, new Scorer(index, graph));
    }

    /** An engine for {@code catalog}; builds its indexes once, in O(projects + prerequisites + names). */
    public static Studypath of(Catalog catalog) {
        return new Studypath(Objects.requireNonNull(catalog, "catalog"));
    }

    /** The catalog this engine plans on. */
    public Catalog catalog() {
        return catalog;
    }

    /**
     * A builder for a profile of a learner who has done nothing yet and studies the catalog's
     * baseline hours a week (kept within 1..80).
     */
    public Profile.Builder newProfile() {
        double hours = Math.max(Profile.MIN_HOURS, Math.min(Profile.MAX_HOURS, catalog.baselineHoursPerWeek()));
        return Profile.empty(hours).toBuilder();
    }

    /**
     * What a goal query means: a goal of the catalog, projects, a set of weighted skills, a mix of
     * projects and skills, or the whole route; and what the query says the learner already did or
     * knows ("I already did rustlings", "我会 Rust 基础").
     *
     * @throws UnknownGoalException when the query names nothing the catalog knows, or most of its
     *                              words name nothing, with the closest names
     */
    public GoalMatch match(String goal) {
        return matcher.match(Objects.requireNonNull(goal, "goal"));
    }

    /** The {@link #DEFAULT_LIMIT} best projects to study next; see {@link #next(String, Profile, int)}. */
    public Recommendation next(String goal, Profile profile) {
        return next(goal, profile, DEFAULT_LIMIT);
    }

    /**
     * The best projects to study next for a goal: projects not completed, whose prerequisites are
     * all completed, not above the profile's maximum difficulty, that either teach the goal's skills
     * or lie on its path. Ranked by score, best first; equal scores by project id.
     *
     * @param limit how many at most, 1..{@value #MAX_LIMIT}
     * @throws UnknownGoalException  when the goal names nothing the catalog knows
     * @throws InvalidInputException when the profile names an unknown project or skill, or the limit is out of range
     */
    public Recommendation next(String goal, Profile profile, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "input.between", 1, MAX_LIMIT, limit);
        }
        GoalMatch match = match(goal);
        return planner.next(match, learner(match, profile), limit);
    }

    /**
     * The ordered learning path for a goal. Its targets are the goal's recommended projects when the
     * query is one of the catalog's goals, every project of the route for the empty goal, and
     * otherwise the smallest set that best covers the goal's skills (greedy weighted set cover, by
     * new skill levels per hour of effort). Every unmet prerequisite of a target is added,
     * transitively; completed projects are left out. The order is topological and, among the
     * projects that are ready, prefers the lower stage, then the lower difficulty, the higher score,
     * and the id.
     *
     * @throws UnknownGoalException  when the goal names nothing the catalog knows
     * @throws InvalidInputException when the profile names an unknown project or skill
     */
    public LearningPath path(String goal, Profile profile) {
        GoalMatch match = match(goal);
        return planner.path(match, learner(match, profile));
    }

    /**
     * The id of the project that {@code name} names: its id in any case, one of its names, its
     * repository ("owner/name") or its URL.
     *
     * @param field the input's name, for the error
     * @throws InvalidInputException when it names no project, with the closest ids
     */
    public String projectId(String field, String name) {
        Objects.requireNonNull(name, "name");
        return matcher.project(name).orElseThrow(() -> matcher.unknown(field, "project", List.of(name)));
    }

    /**
     * The learner of a profile for one answer: ids written in any case, names, aliases, repositories
     * and URLs become catalog ids, and what the goal query says the learner did or knows is added.
     *
     * @throws InvalidInputException naming an unknown project or skill, with the closest names
     */
    private Learner learner(GoalMatch match, Profile profile) {
        Objects.requireNonNull(profile, "profile");
        if (match.completed().isEmpty() && match.known().isEmpty()
                && profile.completed().stream().allMatch(id -> catalog.indexOf(id) >= 0)
                && profile.known().keySet().stream().allMatch(skill -> catalog.skill(skill).isPresent())) {
            return Learner.of(index, profile);
        }
        Profile.Builder builder = Profile.empty(profile.hoursPerWeek()).toBuilder()
                .maxDifficulty(profile.maxDifficulty());
        List<String> unknown = new ArrayList<>();
        for (String id : profile.completed()) {
            matcher.project(id).ifPresentOrElse(builder::completed, () -> unknown.add(id));
        }
        if (!unknown.isEmpty()) {
            throw matcher.unknown("completed", "project", unknown);
        }
        builder.completed(match.completed());
        Map<String, Integer> known = new TreeMap<>();
        profile.known().forEach((skill, level) -> {
            matcher.skill(skill).ifPresentOrElse(id -> known.merge(id, level, Math::max), () -> unknown.add(skill));
        });
        if (!unknown.isEmpty()) {
            throw matcher.unknown("known", "skill", unknown);
        }
        match.known().forEach(stated -> known.merge(stated.skill(), stated.level(), Math::max));
        known.forEach(builder::known);
        return Learner.of(index, builder.build());
    }

    /**
     * The learning path for a goal ({@link #path(String, Profile)}) laid out on the calendar at the
     * profile's weekly hours, one project after another in path order.
     *
     * <p>A project's planned hours are its most likely hours for the learner (the catalog's estimate
     * at the baseline hours per week, less the known-skill discount), scaled so that the path's total
     * equals the median of a seeded Monte Carlo run that draws each project's hours from a PERT
     * distribution over its range. Study happens every day that is not time off, {@code hoursPerWeek
     * / 7} hours a day; each project takes whole days. Its route's milestones take the same share of
     * its days as of the route's weeks. The run's P80 and P95 give the later finish dates.
     *
     * <p>With a deadline, the whole path is kept when its finish at the options' confidence (P50, P80
     * or P95; default P80) is on or before it. Otherwise the goal's targets are kept one at a time,
     * most important first (a catalog goal's own projects in its order, then the others by score),
     * each with the projects it needs on the path, as long as what is kept still ends by the deadline
     * at that confidence, then the other projects in path order whose prerequisites are kept, up to the
     * first that does not fit; every dropped project gets a reason. The deadline also says the chance, from
     * the same Monte Carlo samples, of finishing everything and what is kept by it, and the weekly
     * hours at which everything would end by it at the confidence.
     *
     * <p>Deterministic: the same catalog, goal, profile and options give an equal schedule. Takes
     * O(samples x projects) time for the Monte Carlo run, once more for each target tried when a
     * deadline drops projects (on a path of at most 64 projects; a longer one keeps its longest fitting
     * prefix, found in O(log projects) runs), plus
     * O(projects x weeks) for the calendar.
     *
     * @throws UnknownGoalException  when the goal names nothing the catalog knows
     * @throws InvalidInputException when the profile names an unknown project or skill
     */
    public Schedule schedule(String goal, Profile profile, ScheduleOptions options) {
        Objects.requireNonNull(options, "options");
        GoalMatch match = match(goal);
        Learner learner = learner(match, profile);
        return new Scheduler(index).schedule(planner.plan(match, learner), learner, options);
    }

    /**
     * {@link #schedule(String, Profile, ScheduleOptions)} at the pace the learner's finished projects
     * show ({@link #pace}), in place of the options' own: what a front end that keeps a progress log calls.
     *
     * @throws UnknownGoalException  when the goal names nothing the catalog knows
     * @throws InvalidInputException when the profile or a finished project names an unknown project or skill
     */
    public Schedule schedule(String goal, Profile profile, ScheduleOptions options, List<FinishedProject> finished) {
        Objects.requireNonNull(options, "options");
        return schedule(goal, profile, options.toBuilder().pace(pace(profile, finished)).build());
    }

    /**
     * The learner's pace factor, learned from the projects they finished: actual weeks (days / 7)
     * over the catalog's most likely weeks at the profile's weekly hours, combined by a Bayesian
     * update on a log-normal prior centred on 1, so one outlier does not swing the plan. No
     * finished project gives {@link Pace#ESTIMATE}. Pass the result to
     * {@link ScheduleOptions.Builder#pace} to re-forecast.
     *
     * @throws InvalidInputException when a project is unknown
     */
    public Pace pace(Profile profile, List<FinishedProject> finished) {
        Learner learner = Learner.of(index, Objects.requireNonNull(profile, "profile"));
        return new PaceCalibrator(catalog).calibrate(learner, List.copyOf(finished));
    }

    /**
     * The plan a learner makes when they set a goal, to measure their progress against later: the
     * path for the profile as it is, each project with its most likely hours, at the profile's weekly
     * hours, from {@code start}.
     *
     * @throws UnknownGoalException  when the goal names nothing the catalog knows
     * @throws InvalidInputException when the profile names an unknown project or skill
     */
    public Baseline baseline(String goal, Profile profile, LocalDate start) {
        Objects.requireNonNull(start, "start");
        GoalMatch match = match(goal);
        Learner learner = learner(match, profile);
        List<Baseline.Planned> planned = planner.path(match, learner).projects().stream()
                .map(id -> new Baseline.Planned(id, learner.likelyHours(catalog.indexOf(id)))).toList();
        return new Baseline(goal, start, profile.hoursPerWeek(), planned);
    }

    /**
     * How far the learner has come on the path to a goal, measured against the plan they would have
     * made on the first day their log records ({@link #baseline} for the profile with the log's entries
     * of that day): see {@link #progress(String, Profile, ProgressLog, LocalDate, Baseline)}. With an
     * empty log the standing is {@link ProgressReport.Standing.Status#NOT_STARTED}.
     *
     * @param today the caller's today; the engine never reads the clock
     * @throws UnknownGoalException  when the goal names nothing the catalog knows
     * @throws InvalidInputException when the profile or the log names an unknown project or skill, or
     *                               {@code today} is before the log's latest entry
     */
    public ProgressReport progress(String goal, Profile profile, ProgressLog log, LocalDate today) {
        Objects.requireNonNull(today, "today");
        Progress.requireNotBefore(today, log);
        Baseline baseline = log.firstDay().map(day -> baseline(goal, log.upTo(day).applyTo(profile), day))
                .orElse(null);
        return report(goal, profile, log, today, baseline);
    }

    /**
     * How far the learner has come on the path to a goal, and where they stand against {@code baseline}.
     *
     * <p>What is left is the path for the profile with the log applied (done and skipped projects
     * completed, and whatever a completed project needs known), so it always equals {@link #path}'s
     * steps. Done are the goal's projects marked done; known, those a done project needs.
     *
     * <p>The standing compares the baseline's hours credited by today with those it expected: it
     * expects its weekly hours every day from its start, up to its total; it credits each of its
     * projects done with a start recorded since, with the hours it planned for it, and each project in
     * progress with its weekly hours since it was started (or since the start), up to the hours it
     * planned; its projects done without such a start, or known through a done one, are credited only
     * as far as they bring the learner up to the plan, never ahead of it. Projects completed on or
     * before its start, by entries recorded later with earlier dates, leave the baseline rather than
     * count as speed; skipped ones leave it too. Within
     * {@link ProgressReport#ON_PLAN_WEEKS} weeks either way is on plan.
     *
     * @param today the caller's today; the engine never reads the clock
     * @throws UnknownGoalException  when the goal names nothing the catalog knows
     * @throws InvalidInputException when the profile or the log names an unknown project or skill,
     *                               {@code today} is before the log's latest entry, or the baseline
     *                               starts after {@code today}
     */
    public ProgressReport progress(String goal, Profile profile, ProgressLog log, LocalDate today,
                                   Baseline baseline) {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(baseline, "baseline");
        Progress.requireNotBefore(today, log);
        if (baseline.start().isAfter(today)) {
            throw new InvalidInputException("baseline.start", "input.afterToday", baseline.start(), today);
        }
        return report(goal, profile, log, today, baseline);
    }

    private ProgressReport report(String goal, Profile profile, ProgressLog log, LocalDate today, Baseline baseline) {
        GoalMatch match = match(goal);
        Learner now = learner(match, log.applyTo(profile));
        List<String> whole = planner.path(match, learner(match, profile)).projects();
        List<String> remaining = planner.path(match, now).projects();
        List<String> atStart = baseline == null ? List.of()
                : planner.path(match, learner(match, log.upTo(baseline.start()).applyTo(profile))).projects();
        return Progress.report(whole, remaining, atStart, id -> now.likelyHours(catalog.indexOf(id)), log, today,
                baseline, pace(profile, log.finished()));
    }
}
