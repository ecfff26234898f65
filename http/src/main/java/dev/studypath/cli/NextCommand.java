package dev.studypath.cli;

import dev.studypath.engine.Recommendation;
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

/** {@code studypath next [GOAL]}: the best projects to start now. */
@Command(name = "next", mixinStandardHelpOptions = true, description = "Rank the projects to study next for a goal.")
final class NextCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    ProfileOptions profile;

    @Option(names = "--limit", paramLabel = "K", defaultValue = "3", description = "How many projects, 1-100 (default 3).")
    int limit;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        LearnerFile.Saved saved = main.learnerFile().read();
        String goal = profile.goal(saved);
        Locale locale = main.locale(goal);
        Studypath engine = main.engine();
        Recommendation next = engine.next(goal, profile.profile(engine, saved), limit);
        spec.commandLine().getOut().print(json ? Json.write(next, locale) + "\n"
                : TextReport.recommendation(next, locale));
        return 0;
    }
}
