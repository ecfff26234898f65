package dev.studypath.engine.testing;

import dev.studypath.engine.model.Catalog;
import dev.studypath.engine.model.Contribution;
import dev.studypath.engine.model.Effort;
import dev.studypath.engine.model.Goal;
import dev.studypath.engine.model.Level;
import dev.studypath.engine.model.Milestone;
import dev.studypath.engine.model.Prerequisite;
import dev.studypath.engine.model.Project;
import dev.studypath.engine.model.Range;
import dev.studypath.engine.model.Section;
import dev.studypath.engine.model.Skill;
import dev.studypath.engine.model.SkillLevel;
import dev.studypath.engine.model.Stage;
import dev.studypath.engine.model.Stars;
import dev.studypath.engine.model.Text;
import dev.studypath.engine.model.Tier;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * QuickTheories generators of random valid catalogs, for property tests in every module.
 *
 * <p>A catalog is acyclic by construction: projects are made in order and each may only require
 * projects made before it; the list is shuffled afterwards. Stages respect the prerequisites (a
 * project's prerequisites, direct or not, are never in a later stage than the project), milestones
 * stay within the project's effort, goals name existing skills and projects. Texts mix ASCII,
 * punctuation that JSON must escape, and, in about half of them, a Chinese translation.
 */
public final class CatalogGen {

    private static final String ID_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789-_.";
    private static final String TEXT_CHARS = "abcdefghij KLMNOP 0123 .,:;!?'\"\\/<>&{}[]\t\né";
    private static final String ZH_CHARS = "学习异步编程项目开源并发网络安全系统数据库";

    private CatalogGen() {
    }

    /** Valid catalogs with 0 to {@code maxProjects} projects and 1 to 20 skills. */
    public static Gen<Catalog> catalogs(int maxProjects) {
        return in -> catalog(in, 0, maxProjects);
    }

    /** A valid catalog with at least one project, and a prerequisite that would close a cycle in it. */
    public static Gen<BackEdge> backEdges(int maxProjects) {
        return in -> withBackEdge(catalog(in, 1, Math.max(1, maxProjects)), in);
    }

    /**
     * A prerequisite edge that closes a cycle: {@code from} would require {@code to} while {@code to}
     * already requires {@code from}, directly or not ({@code from} equals {@code to} for a project
     * that would require itself).
     *
     * @param catalog a valid catalog with at least one project
     */
    public record BackEdge(Catalog catalog, String from, String to) {

        /** The catalog's projects, with {@code to} added as the last prerequisite of {@code from}. */
        public List<Project> projects() {
            List<Project> projects = new ArrayList<>();
            for (Project p : catalog.projects()) {
                if (p.id().equals(from)) {
                    List<Prerequisite> prerequisites = new ArrayList<>(p.prerequisites());
                    prerequisites.add(new Prerequisite(to, "closes a cycle"));
                    p = new Project(p.id(), p.name(), p.summary(), p.repository(), p.url(), p.stars(), p.languages(),
                            p.level(), p.difficulty(), p.rating(), p.effort(), p.teaches(), prerequisites, p.focus(),
                            p.adopters(), p.architecture(), p.features(), p.advice(), p.route(), p.contributions());
                }
                projects.add(p);
            }
            return projects;
        }
    }

    /**
     * Picks a back edge in {@code catalog}: walks down the prerequisites from a random project for a
     * random number of steps, then lets the project reached require the one the walk started from.
     */
    public static BackEdge withBackEdge(Catalog catalog, RandomnessSource in) {
        if (catalog.projects().isEmpty()) {
            throw new IllegalArgumentException("a back edge needs a project: " + catalog);
        }
        Project start = pick(in, catalog.projects());
        Project end = start;
        while (!end.prerequisites().isEmpty() && chance(in, 3, 4)) {
            end = catalog.project(pick(in, end.prerequisites()).project()).orElseThrow();
        }
        return new BackEdge(catalog, end.id(), start.id());
    }

    /**
     * Everything a catalog holds, for comparing two catalogs by content ({@link Catalog} is a class
     * without {@code equals}): {@code assertEquals(content(expected), content(actual))}.
     */
    public static List<Object> content(Catalog catalog) {
        return List.of(catalog.id(), catalog.title(), catalog.language(), catalog.source(),
                catalog.baselineHoursPerWeek(), catalog.skills(), catalog.projects(), catalog.stages(),
                catalog.goals(), catalog.sections());
    }

    private static Catalog catalog(RandomnessSource in, int minProjects, int maxProjects) {
        double hours = between(in, 1, 336) / 2.0;
        List<Skill> skills = new ArrayList<>();
        int skillCount = between(in, 1, 20);
        for (int i = 0; i < skillCount; i++) {
            skills.add(new Skill(id(in, "skill", i), text(in), strings(in, 2), pick(in, List.of(Tier.values())),
                    between(in, 1, 5), chance(in, 1, 4)));
        }
        int projectCount = between(in, minProjects, maxProjects);
        List<Project> projects = new ArrayList<>();
        for (int i = 0; i < projectCount; i++) {
            projects.add(project(in, id(in, "project", i), projects, skills, hours));
        }
        List<Stage> stages = stages(in, projects);
        List<Goal> goals = new ArrayList<>();
        for (int i = between(in, 0, 4); i > 0; i--) {
            goals.add(goal(in, id(in, "goal", goals.size()), skills, projects));
        }
        List<Section> sections = new ArrayList<>();
        for (int i = between(in, 0, 2); i > 0; i--) {
            sections.add(new Section(chance(in, 1, 2) ? "" : "section-" + i, text(in), texts(in, 4)));
        }
        shuffle(in, projects);
        return Catalog.of(id(in, "catalog", 0), text(in), pick(in, List.of("en", "zh", "de")),
                chance(in, 1, 2) ? "" : string(in, 30), hours, skills, projects, stages, goals, sections);
    }

    /** A project that may require any of {@code earlier}, never a later one. */
    private static Project project(RandomnessSource in, String id, List<Project> earlier, List<Skill> skills,
                                   double hours) {
        List<Prerequisite> prerequisites = new ArrayList<>();
        for (Project required : sample(in, earlier, 3)) {
            prerequisites.add(new Prerequisite(required.id(), chance(in, 1, 2) ? Text.EMPTY : text(in)));
        }
        List<SkillLevel> teaches = new ArrayList<>();
        for (Skill skill : sample(in, skills, 4)) {
            teaches.add(new SkillLevel(skill.id(), between(in, 1, 5)));
        }
        Effort.Unit unit = pick(in, List.of(Effort.Unit.values()));
        double min = between(in, 0, 200) / (unit == Effort.Unit.WEEKS ? 10.0 : 1.0);
        Range range = chance(in, 1, 5) ? Range.atLeast(min)
                : new Range(min, min + between(in, 0, 200) / (unit == Effort.Unit.WEEKS ? 10.0 : 1.0));
        double weeks = (range.openEnded() ? range.min() + 4 : range.max()) / (unit == Effort.Unit.WEEKS ? 1 : hours);
        Text name = text(in);
        List<Contribution> contributions = new ArrayList<>();
        for (int i = between(in, 0, 2); i > 0; i--) {
            contributions.add(new Contribution(pick(in, List.of(Tier.values())), text(in)));
        }
        return new Project(id, name, chance(in, 1, 2) ? name : text(in),
                chance(in, 1, 2) ? "" : "owner-" + between(in, 0, 99) + "/" + id,
                chance(in, 1, 2) ? "" : "https://example.org/" + id,
                chance(in, 1, 3) ? Stars.UNKNOWN : new Stars(between(in, 0, 100_000) * 10L, chance(in, 1, 2)),
                strings(in, 2), pick(in, List.of(Level.values())),
                between(in, 1, 5), between(in, 1, 5), new Effort(unit, range), teaches, prerequisites,
                texts(in, 2), texts(in, 2), texts(in, 2), texts(in, 2), texts(in, 2),
                route(in, (int) Math.floor(weeks)), contributions);
    }

    /** Consecutive milestones within weeks 1..{@code lastWeek}; none when that is less than a week. */
    private static List<Milestone> route(RandomnessSource in, int lastWeek) {
        List<Milestone> route = new ArrayList<>();
        int week = 1;
        for (int i = between(in, 0, 3); i > 0 && week <= lastWeek; i--) {
            int toWeek = between(in, week, lastWeek);
            route.add(chance(in, 1, 3)
                    ? new Milestone(Milestone.Unit.DAYS, 7 * week - 6, 7 * toWeek, text(in), texts(in, 3), texts(in, 3))
                    : new Milestone(week, toWeek, text(in), texts(in, 3), texts(in, 3)));
            week = toWeek + 1;
        }
        return route;
    }

    /**
     * Up to four stages, numbered from 1. Projects are placed in creation order, each in no stage or
     * in one no earlier than the stages of all its prerequisites, direct or not.
     */
    private static List<Stage> stages(RandomnessSource in, List<Project> projects) {
        int count = between(in, 0, 4);
        List<List<Stage.StageProject>> members = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            members.add(new ArrayList<>());
        }
        Map<String, Integer> lowest = new HashMap<>();
        for (Project project : projects) {
            int floor = 0;
            for (Prerequisite prerequisite : project.prerequisites()) {
                floor = Math.max(floor, lowest.get(prerequisite.project()));
            }
            int stage = floor;
            if (count > 0 && chance(in, 2, 3)) {
                stage = between(in, Math.max(floor, 1), count);
                members.get(stage - 1).add(new Stage.StageProject(project.id(), text(in), chance(in, 1, 2)));
            }
            lowest.put(project.id(), stage);
        }
        List<Stage> stages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double min = between(in, 0, 12) / 2.0;
            Range months = chance(in, 1, 4) ? Range.atLeast(min) : new Range(min, min + between(in, 0, 12) / 2.0);
            stages.add(new Stage(i + 1, text(in), months, members.get(i), 0, chance(in, 1, 3) ? text(in) : Text.EMPTY));
        }
        return stages;
    }

    private static Goal goal(RandomnessSource in, String id, List<Skill> skills, List<Project> projects) {
        List<String> skillIds = sample(in, skills, 3).stream().map(Skill::id).toList();
        List<String> projectIds = sample(in, projects, 3).stream().map(Project::id).toList();
        if (skillIds.isEmpty() && projectIds.isEmpty()) {
            skillIds = List.of(pick(in, skills).id());
        }
        return new Goal(id, text(in), strings(in, 2), skillIds, projectIds, between(in, 1, 5));
    }

    /** A unique id: a random word, then the kind and a number ("q.x-project-3"). */
    private static String id(RandomnessSource in, String kind, int number) {
        StringBuilder id = new StringBuilder();
        for (int i = between(in, 0, 5); i > 0; i--) {
            id.append(ID_CHARS.charAt(between(in, 0, ID_CHARS.length() - 1)));
        }
        return id.append(id.length() == 0 ? "" : "-").append(kind).append('-').append(number).toString();
    }

    /** A text in English, in Chinese about half the time, and now and then in Chinese only. */
    private static Text text(RandomnessSource in) {
        String en = (char) ('A' + between(in, 0, 25)) + string(in, 20);
        if (!chance(in, 1, 2)) {
            return Text.of(en);
        }
        StringBuilder zh = new StringBuilder();
        for (int i = between(in, 1, 10); i > 0; i--) {
            zh.append(ZH_CHARS.charAt(between(in, 0, ZH_CHARS.length() - 1)));
        }
        return Text.of(chance(in, 1, 5) ? "" : en, zh.toString());
    }

    private static List<Text> texts(RandomnessSource in, int maxSize) {
        List<Text> texts = new ArrayList<>();
        for (int i = between(in, 0, maxSize); i > 0; i--) {
            texts.add(text(in));
        }
        return texts;
    }

    private static String string(RandomnessSource in, int maxLength) {
        StringBuilder string = new StringBuilder();
        for (int i = between(in, 0, maxLength); i > 0; i--) {
            string.append(TEXT_CHARS.charAt(between(in, 0, TEXT_CHARS.length() - 1)));
        }
        return string.toString();
    }

    private static List<String> strings(RandomnessSource in, int maxSize) {
        List<String> strings = new ArrayList<>();
        for (int i = between(in, 0, maxSize); i > 0; i--) {
            strings.add(string(in, 15));
        }
        return strings;
    }

    /** Up to {@code maxSize} distinct elements of {@code list}, in random order. */
    private static <T> List<T> sample(RandomnessSource in, List<T> list, int maxSize) {
        List<T> copy = new ArrayList<>(list);
        shuffle(in, copy);
        return List.copyOf(copy.subList(0, between(in, 0, Math.min(maxSize, copy.size()))));
    }

    private static <T> void shuffle(RandomnessSource in, List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, between(in, 0, i));
        }
    }

    private static <T> T pick(RandomnessSource in, List<T> list) {
        return list.get(between(in, 0, list.size() - 1));
    }

    /** True with probability {@code numerator / denominator}. */
    private static boolean chance(RandomnessSource in, int numerator, int denominator) {
        return between(in, 1, denominator) <= numerator;
    }

    private static int between(RandomnessSource in, int min, int max) {
        return (int) in.next(Constraint.between(min, max));
    }
}
