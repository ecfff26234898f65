package dev.studypath.cli;

import dev.studypath.cli.LearnerFile.Saved;
import dev.studypath.cli.LearnerFile.SavedPlan;
import dev.studypath.engine.Baseline;
import dev.studypath.engine.InvalidInputException;
import dev.studypath.engine.Profile;
import dev.studypath.engine.Studypath;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
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
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: set, show or clear");
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

        @Parameters(paramLabel = "GOAL", description = "What you want to learn, in English or Chinese.")
        String query;

        @Option(names = "--hours", paramLabel = "H", description = "Weekly study hours, 1-80 (default: the saved ones, else the catalog's baseline).")
        Double hours;

        @Option(names = "--start", paramLabel = "DATE", description = "The day the plan starts, YYYY-MM-DD, today or earlier (default: today).")
        String start;

        @Override
        public Integer call() {
            Studypath engine = goal.main.engine();
            String text = query.strip();
            if (text.isEmpty()) {
                throw new InvalidInputException("GOAL", "must name what you want to learn, was empty");
            }
            engine.match(text);
            LocalDate today = Dates.today();
            LocalDate from = Dates.parseOrToday("start", start);
            if (from.isAfter(today)) {
                throw new InvalidInputException("start", from + " is after today " + today
                        + "; a goal's plan starts today or earlier");
            }
            LearnerFile file = goal.main.learnerFile();
            Saved saved = file.update(current -> {
                Profile profile = profile(engine, current, hours);
                Baseline baseline = engine.baseline(text, current.log().upTo(from).applyTo(profile), from);
                return current.withGoal(text, profile.hoursPerWeek(), SavedPlan.of(baseline));
            });
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Goal set (saved in %s).%n", file.path());
            show(saved, out);
            out.println("next, path, schedule and progress now use it when given no goal; an option still overrides.");
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show the saved goal and its plan.")
    static final class Show extends Subcommand {

        @Override
        public Integer call() {
            show(goal.main.learnerFile().read(), spec.commandLine().getOut());
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
            if (before.goal() == null && before.plan() == null) {
                spec.commandLine().getOut().println("No goal was set; nothing changed.");
                return 0;
            }
            file.update(current -> current.withGoal(null, current.hoursPerWeek(), null));
            spec.commandLine().getOut().printf("Goal \"%s\" and its plan cleared (saved in %s).%n", before.goal(),
                    file.path());
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

    private static void show(Saved saved, PrintWriter out) {
        if (saved.goal() == null) {
            out.println("No goal set. Set one with: studypath goal set \"async networking\" --hours 6");
            return;
        }
        out.printf("Goal: \"%s\"%s%n", saved.goal(), saved.hoursPerWeek() == null ? ""
                : " at " + number(saved.hoursPerWeek()) + " h/week");
        SavedPlan plan = saved.plan();
        if (plan == null) {
            out.println("Plan: none kept (set the goal again to make one); progress measures from your first entry.");
            return;
        }
        double hours = plan.projects().stream().mapToDouble(Baseline.Planned::hours).sum();
        out.printf(Locale.ROOT, "Plan from %s at %s h/week: %s (%s h, about %.1f weeks)%n", plan.start(),
                number(plan.hoursPerWeek()), plan.projects().isEmpty() ? "nothing to study"
                        : String.join(", ", plan.projects().stream().map(Baseline.Planned::project).toList()),
                number(hours), hours / plan.hoursPerWeek());
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
