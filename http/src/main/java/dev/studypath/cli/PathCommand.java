package dev.studypath.cli;

import dev.studypath.engine.LearningPath;
import dev.studypath.engine.Profile;
import dev.studypath.engine.Studypath;
import dev.studypath.format.Json;
import dev.studypath.format.TextReport;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code studypath path [GOAL]}: the ordered learning path. */
@Command(name = "path", mixinStandardHelpOptions = true,
        description = "The ordered learning path for a goal, prerequisites first.")
final class PathCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    ProfileOptions profile;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        // The language first: a goal in Chinese gets even a catalog's or a profile's errors in Chinese.
        LearnerFile.Saved saved = main.learnerFile().read();
        String goal = profile.goal(saved);
        Locale locale = main.locale(goal);
        Studypath engine = main.engine();
        Profile learner = profile.profile(engine, saved);
        LearningPath path = engine.path(goal, learner);
        spec.commandLine().getOut().print(json ? Json.write(path, locale) + "\n"
                : TextReport.path(path, learner.hoursPerWeek(), locale)
                        + TextReport.stages(path, learner.hoursPerWeek(), locale));
        return 0;
    }
}
