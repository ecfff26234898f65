package dev.studypath.cli;

import dev.studypath.cli.LearnerFile.Saved;
import dev.studypath.cli.LearnerFile.SavedPlan;
import dev.studypath.engine.Baseline;
import dev.studypath.engine.Profile;
import dev.studypath.engine.Studypath;
import java.io.PrintWriter;
import java.time.LocalDate;
import dev.studypath.format.Words;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code studypath goal set|show|clear}: the goal the other commands plan for when they are given
 * none, with its weekly hours and the plan made when it was set, which {@code progress} measures
 * against.
 */
@Command(name = "goal", mixinStandardHelpOptions = true,
        description = "Remember a goal, its weekly hours and its plan, so that next, path, schedule and progress need no arguments.",
        subcommands = {GoalCommand.Set.class, GoalCommand.Show.class, GoalCommand.Clear.class})
final class GoalCommand implements Runnable {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new LocalizedParameterException(spec.commandLine(), "cli.goal.missingCommand");
    }

    /** What each of set, show and clear needs: the parent command and its own spec. */
    abstract static class Subcommand implements Callable<Integer> {

        @ParentCommand
        GoalCommand goal;

        @Spec
        CommandSpec spec;
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "Set the goal and make its plan: the path from today (or --start) at your weekly hours.")
    static final class Set extends Subcommand {

        @Parameters(paramLabel = "GOAL", descriptionKey = "GOAL", description = "What you want to learn, in English or Chinese.")
        String query;

        @Option(names = "--hours", paramLabel = "H", description = "Weekly study hours, 1-80 (default: the saved ones, else the catalog's baseline).")
        Double hours;

        @Option(names = "--start", paramLabel = "DATE", description = "The day the plan starts, YYYY-MM-DD, today or earlier (default: today).")
        String start;

        @Override
        public Integer call() {
            Studypath engine = goal.main.engine();
            String text = query.strip();
            Words w = Words.of(goal.main.locale(text));
            if (text.isEmpty()) {
                throw new CliInputException("cli.goal.empty");
            }
            engine.match(text);
            LocalDate today = Dates.today();
            LocalDate from = Dates.parseOrToday("--start", start);
            if (from.isAfter(today)) {
                throw new CliInputException("cli.goal.startAfterToday", from.toString(), today.toString());
            }
            LearnerFile file = goal.main.learnerFile();
            Saved saved = file.update(current -> {
                Profile profile = profile(engine, current, hours);
                Baseline baseline = engine.baseline(text, current.log().upTo(from).applyTo(profile), from);
                return current.withGoal(text, profile.hoursPerWeek(), SavedPlan.of(baseline));
            });
            PrintWriter out = spec.commandLine().getOut();
            out.println(w.get("cli.goal.set", file.path().toString()));
            show(saved, out, w);
            out.println(w.get("cli.goal.uses"));
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show the saved goal and its plan.")
    static final class Show extends Subcommand {

        @Override
        public Integer call() {
            Saved saved = goal.main.learnerFile().read();
            show(saved, spec.commandLine().getOut(), Words.of(goal.main.locale(saved.goal())));
            return 0;
        }
    }

    @Command(name = "clear", mixinStandardHelpOptions = true,
            description = "Forget the saved goal and its plan (weekly hours, skills and progress stay).")
    static final class Clear extends Subcommand {

        @Override
        public Integer call() {
            LearnerFile file = goal.main.learnerFile();
            Saved before = file.read();
            Words w = Words.of(goal.main.locale(before.goal()));
            if (before.goal() == null && before.plan() == null) {
                spec.commandLine().getOut().println(w.get("cli.goal.noneToClear"));
                return 0;
            }
            file.update(current -> current.withGoal(null, current.hoursPerWeek(), null));
            spec.commandLine().getOut().println(w.get("cli.goal.cleared", String.valueOf(before.goal()),
                    file.path().toString()));
            return 0;
        }
    }

    /** The saved profile's learner, with {@code hours} when given. */
    private static Profile profile(Studypath engine, Saved saved, Double hours) {
        Profile.Builder builder = engine.newProfile();
        saved.known().forEach(builder::known);
        if (hours != null) {
            builder.hoursPerWeek(hours);
        } else if (saved.hoursPerWeek() != null) {
            builder.hoursPerWeek(saved.hoursPerWeek());
        }
        return builder.build();
    }

    private static void show(Saved saved, PrintWriter out, Words w) {
        if (saved.goal() == null) {
            out.println(w.get("cli.goal.none"));
            return;
        }
        out.println(saved.hoursPerWeek() == null ? w.get("cli.goal.show", saved.goal())
                : w.get("cli.goal.showHours", saved.goal(), w.number(saved.hoursPerWeek())));
        SavedPlan plan = saved.plan();
        if (plan == null) {
            out.println(w.get("cli.goal.noPlan"));
            return;
        }
        double hours = plan.projects().stream().mapToDouble(Baseline.Planned::hours).sum();
        out.println(w.get("cli.goal.plan", plan.start().toString(), w.number(plan.hoursPerWeek()),
                plan.projects().isEmpty() ? w.get("cli.goal.nothing")
                        : String.join(w.get("join.comma"), plan.projects().stream().map(Baseline.Planned::project).toList()),
                w.number(hours), Words.decimal(hours / plan.hoursPerWeek(), 1)));
    }
}
