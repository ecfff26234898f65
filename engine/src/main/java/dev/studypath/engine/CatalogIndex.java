package dev.studypath.engine;

import dev.studypath.engine.model.Catalog;
import dev.studypath.engine.model.Project;
import dev.studypath.engine.model.Range;
import dev.studypath.engine.model.SkillLevel;
import dev.studypath.engine.model.Stage;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.util.FastMath;

/**
 * The facts about a catalog's projects that planning reads again and again, worked out once in
 * {@link Studypath#of}, by the project's position in {@link Catalog#projects()}: its stage, difficulty,
 * hours at the catalog's baseline, value, and the projects that teach each skill.
 */
final class CatalogIndex {

    /** The rating's share of a project's value; popularity (log stars, scaled over the catalog) has the rest. */
    static final double RATING_SHARE = 0.6;
    /** The stage of a project in no stage of the route. */
    static final int NO_STAGE = Integer.MAX_VALUE;

    private final Catalog catalog;
    private final int[] stage;
    private final int[] stageRank;
    private final byte[] difficulty;
    /** Most likely hours, and the planned lower and upper ends side by side, at the baseline. */
    private final double[] likelyHours;
    private final double[] planned;
    private final double[] value;
    /** The projects that teach each skill, by skill index, with the level, in compressed form. */
    private final Map<String, Integer> skillIndex;
    private final int[] teacherStart;
    private final int[] teacher;
    private final byte[] teacherLevel;

    CatalogIndex(Catalog catalog) {
        this.catalog = catalog;
        List<Project> projects = catalog.projects();
        int n = projects.size();
        stage = new int[n];
        stageRank = new int[n];
        difficulty = new byte[n];
        likelyHours = new double[n];
        planned = new double[2 * n];
        int[] stageNumbers = catalog.stages().stream().mapToInt(Stage::number).sorted().distinct().toArray();
        double baseline = catalog.baselineHoursPerWeek();
        for (int v = 0; v < n; v++) {
            Project project = projects.get(v);
            stage[v] = catalog.stageOf(project.id()).orElse(NO_STAGE);
            stageRank[v] = stage[v] == NO_STAGE ? stageNumbers.length : Arrays.binarySearch(stageNumbers, stage[v]);
            difficulty[v] = (byte) project.difficulty();
            likelyHours[v] = project.effort().likelyHours(baseline);
            Range range = project.effort().plannedHours(baseline);
            planned[2 * v] = range.min();
            planned[2 * v + 1] = range.max();
        }
        value = values(projects);
        Map<String, Integer> skills = new HashMap<>();
        for (int s = 0; s < catalog.skills().size(); s++) {
            skills.put(catalog.skills().get(s).id(), s);
        }
        skillIndex = Map.copyOf(skills);
        // Counted into slot s + 2, summed, then filled through slot s + 1: the teachers of s end up in
        // [start[s], start[s + 1]).
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
        for (int v = 0; v < n; v++) {
            for (SkillLevel taught : projects.get(v).teaches()) {
                int at = teacherStart[skillIndex.getOrDefault(taught.skill(), skills.size()) + 1]++;
                teacher[at] = v;
                teacherLevel[at] = (byte) taught.level();
            }
        }
    }

    /** Each project's value in [0, 1]: its rating and its popularity, weighed by {@link #RATING_SHARE}. */
    private static double[] values(List<Project> projects) {
        double[] logStars = new double[projects.size()];
        for (int i = 0; i < logStars.length; i++) {
            logStars[i] = FastMath.log1p(projects.get(i).stars().count());
        }
        double min = logStars.length == 0 ? 0 : StatUtils.min(logStars);
        double max = logStars.length == 0 ? 0 : StatUtils.max(logStars);
        double[] value = new double[logStars.length];
        for (int i = 0; i < logStars.length; i++) {
            double popularity = max > min ? (logStars[i] - min) / (max - min) : 0.5;
            double rating = (projects.get(i).rating() - 1) / 4.0;
            value[i] = RATING_SHARE * rating + (1 - RATING_SHARE) * popularity;
        }
        return value;
    }

    Catalog catalog() {
        return catalog;
    }

    int size() {
        return stage.length;
    }

    Project project(int v) {
        return catalog.projects().get(v);
    }

    /** The number of the project's stage in the route; {@link #NO_STAGE} when it is in none. */
    int stage(int v) {
        return stage[v];
    }

    /** The rank of the project's stage among the route's stages, from 0; the stage count when it is in none. */
    int stageRank(int v) {
        return stageRank[v];
    }

    int difficulty(int v) {
        return difficulty[v];
    }

    /** The most likely hours at the catalog's baseline. */
    double likelyHours(int v) {
        return likelyHours[v];
    }

    /** The lower end of the planned hours at the catalog's baseline. */
    double minHours(int v) {
        return planned[2 * v];
    }

    /** The upper end of the planned hours at the catalog's baseline, always finite. */
    double maxHours(int v) {
        return planned[2 * v + 1];
    }

    /** The project's value component, in [0, 1]. */
    double value(int v) {
        return value[v];
    }

    /** The skill's index, or -1 for a skill the catalog does not have. */
    int skill(String id) {
        return skillIndex.getOrDefault(id, -1);
    }

    /** The teachers of skill {@code s} are at {@code teacher(e)} for e in [teachersFrom(s), teachersTo(s)). */
    int teachersFrom(int s) {
        return teacherStart[s];
    }

    int teachersTo(int s) {
        return teacherStart[s + 1];
    }

    int teacher(int e) {
        return teacher[e];
    }

    int teacherLevel(int e) {
        return teacherLevel[e];
    }

    /** Whether a project in {@code set} teaches the skill {@code skillId}. */
    boolean taughtIn(String skillId, BitSet set) {
        int s = skill(skillId);
        for (int e = s < 0 ? 0 : teacherStart[s]; s >= 0 && e < teacherStart[s + 1]; e++) {
            if (set.get(teacher[e])) {
                return true;
            }
        }
        return false;
    }

    /** The highest level a project of the catalog teaches the skill {@code skillId} to; 0 when none does. */
    int highestTaught(String skillId) {
        int s = skill(skillId);
        int highest = 0;
        for (int e = s < 0 ? 0 : teacherStart[s]; s >= 0 && e < teacherStart[s + 1]; e++) {
            highest = Math.max(highest, teacherLevel[e]);
        }
        return highest;
    }

    /** The projects that teach the skill {@code skillId}; empty for an unknown skill. */
    int[] teachers(String skillId) {
        int s = skill(skillId);
        return s < 0 ? new int[0] : Arrays.copyOfRange(teacher, teacherStart[s], teacherStart[s + 1]);
    }
}
