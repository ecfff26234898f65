package dev.studypath.cli;

import dev.studypath.cli.LearnerFile.Saved;
import dev.studypath.engine.Profile;
import dev.studypath.engine.Studypath;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The goal and learner options shared by {@code next}, {@code path} and {@code schedule}. */
final class ProfileOptions {

    @Parameters(paramLabel = "GOAL", descriptionKey = "GOAL", arity = "0..1", defaultValue = "",
            description = "What you want to learn, in English or Chinese (empty: the whole route).")
    String goal;

    @Option(names = "--completed", split = ",", paramLabel = "ID",
            description = "Projects you have completed, comma-separated.")
    List<String> completed = new ArrayList<>();

    @Option(names = "--known", split = ",", paramLabel = "SKILL=LEVEL",
            description = "Skills you know with a level 0-5, comma-separated (async=3).")
    List<String> known = new ArrayList<>();

    @Option(names = "--max-difficulty", paramLabel = "N", description = "The highest difficulty to plan, 1-5.")
    Integer maxDifficulty;

    @Option(names = "--hours", paramLabel = "H", description = "Weekly study hours, 1-80 (default: the catalog's baseline).")
    Double hours;

    /**
     * The profile these options describe on top of the saved one: the saved known skills, weekly
     * hours and done or skipped projects, each replaced or added to by an option given here.
     */
    Profile profile(Studypath engine, Saved saved) {
        return saved.log().applyTo(profileWithout(engine, saved));
    }

    /** {@link #profile} without the saved projects' statuses. */
    Profile profileWithout(Studypath engine, Saved saved) {
        Profile.Builder builder = engine.newProfile().completed(completed);
        saved.known().forEach(builder::known);
        if (saved.hoursPerWeek() != null) {
            builder.hoursPerWeek(saved.hoursPerWeek());
        }
        known.forEach(builder::known);
        if (maxDifficulty != null) {
            builder.maxDifficulty(maxDifficulty);
        }
        if (hours != null) {
            builder.hoursPerWeek(hours);
        }
        return builder.build();
    }

    /** The goal given here, else the saved one, else the whole route. */
    String goal(Saved saved) {
        return !goal.isEmpty() || saved.goal() == null ? goal : saved.goal();
    }
}
