package dev.studypath.engine;

import dev.studypath.engine.model.Message;
import dev.studypath.engine.model.Catalog;
import dev.studypath.engine.model.Project;
import dev.studypath.engine.model.Range;
import dev.studypath.engine.model.SkillLevel;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A profile checked against a catalog, with what follows from it: the learner's difficulty level,
 * skill levels and the hours a project will take them.
 */
final class Learner {

    /** The most that known skills can take off a project's effort. */
    static final double MAX_KNOWN_SKILL_DISCOUNT = 0.5;

    private final CatalogIndex index;
    private final Profile profile;
    private final BitSet completed;
    private final Map<String, Integer> skillLevels;
    private final int level;
    /** Whether the profile rates no skill: then no project is discounted, and none need be read. */
    private final boolean knowsNothing;

    private Learner(CatalogIndex index, Profile profile) {
        this.index = index;
        Catalog catalog = index.catalog();
        this.profile = profile;
        this.completed = new BitSet(catalog.projects().size());
        this.skillLevels = new HashMap<>(profile.known());
        int highest = 1;
        for (String id : profile.completed()) {
            int v = catalog.indexOf(id);
            completed.set(v);
            Project project = catalog.projects().get(v);
            highest = Math.max(highest, project.difficulty());
            for (SkillLevel taught : project.teaches()) {
                skillLevels.merge(taught.skill(), taught.level(), Math::max);
            }
        }
        for (int known : profile.known().values()) {
            highest = Math.max(highest, known - 1);
        }
        this.level = highest;
        this.knowsNothing = profile.known().isEmpty();
    }

    /**
     * Checks the profile's ids against the catalog.
     *
     * @throws InvalidInputException naming every unknown project or skill id
     */
    static Learner of(CatalogIndex index, Profile profile) {
        Catalog catalog = index.catalog();
        TreeSet<String> unknownProjects = new TreeSet<>();
        profile.completed().stream().filter(id -> catalog.indexOf(id) < 0).forEach(unknownProjects::add);
        if (!unknownProjects.isEmpty()) {
            throw new InvalidInputException("completed", "input.unknownProject", quoted(unknownProjects));
        }
        TreeSet<String> unknownSkills = new TreeSet<>();
        profile.known().keySet().stream().filter(id -> catalog.skill(id).isEmpty()).forEach(unknownSkills::add);
        if (!unknownSkills.isEmpty()) {
            throw new InvalidInputException("known", "input.unknownSkill", quoted(unknownSkills));
        }
        return new Learner(index, profile);
    }

    private static Message.Choices quoted(TreeSet<String> ids) {
        return new Message.Choices(ids.stream().map(id -> Message.of("quoted", id)).toList());
    }

    Profile profile() {
        return profile;
    }

    /** The completed projects, by index; a copy. */
    BitSet completed() {
        return (BitSet) completed.clone();
    }

    /** Whether the project at {@code v} is completed. */
    boolean completed(int v) {
        return completed.get(v);
    }

    /** Whether the learner completed no project. */
    boolean completedNothing() {
        return completed.isEmpty();
    }

    /**
     * The learner's difficulty level: the highest difficulty completed, or one below the highest
     * self-rated skill level, and at least 1.
     */
    int level() {
        return level;
    }

    /** The learner's level of a skill: self-rated, or taught by a completed project, whichever is higher. */
    int skillLevel(String skill) {
        return skillLevels.getOrDefault(skill, 0);
    }

    /**
     * The fraction of the effort of the project at {@code v} that the learner's known skills save: the
     * share of its skills they know at or above the level it teaches, times {@link #MAX_KNOWN_SKILL_DISCOUNT}.
     */
    double discount(int v) {
        if (knowsNothing) {
            return 0;
        }
        List<SkillLevel> teaches = index.project(v).teaches();
        if (teaches.isEmpty()) {
            return 0;
        }
        long known = 0;
        for (SkillLevel taught : teaches) {
            if (profile.knownLevel(taught.skill()) >= taught.level()) {
                known++;
            }
        }
        return MAX_KNOWN_SKILL_DISCOUNT * known / teaches.size();
    }

    /** The effort of the project at {@code v} for this learner, in hours, with a finite upper end. */
    Range hours(int v) {
        return new Range(minHours(v), maxHours(v));
    }

    /** The lower end of {@link #hours}. */
    double minHours(int v) {
        return index.minHours(v) * (1 - discount(v));
    }

    /** The upper end of {@link #hours}. */
    double maxHours(int v) {
        return index.maxHours(v) * (1 - discount(v));
    }

    /** The most likely hours the project at {@code v} takes this learner. */
    double likelyHours(int v) {
        return index.likelyHours(v) * (1 - discount(v));
    }

    /** The most likely weeks of the project at {@code v} at the learner's weekly hours. */
    double likelyWeeks(int v) {
        return likelyHours(v) / profile.hoursPerWeek();
    }
}
