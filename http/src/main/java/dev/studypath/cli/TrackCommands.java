package dev.studypath.cli;

import dev.studypath.cli.LearnerFile.Saved;
import dev.studypath.cli.LearnerFile.SavedProject;
import dev.studypath.engine.InvalidInputException;
import dev.studypath.engine.Pace;
import dev.studypath.engine.Profile;
import dev.studypath.engine.ProgressReport;
import dev.studypath.engine.Studypath;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code studypath start|done|skip ID} and {@code studypath progress}: tracking in the saved profile. */
final class TrackCommands {

    private TrackCommands() {
    }

    /** The parts every status command shares: the project and the day. */
    abstract static class StatusCommand implements Callable<Integer> {

        @ParentCommand
        Main main;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "The project: its id in any case, or its name.")
        String project;

        @Option(names = "--on", paramLabel = "DATE", description = "The day, YYYY-MM-DD (default: today).")
        String on;

        abstract SavedProject change(SavedProject current, LocalDate day);

        abstract String verb();

        @Override
        public Integer call() {
            String project = main.engine().projectId("ID", this.project);
            LocalDate day = Dates.parseOrToday("on", on);
            LocalDate today = Dates.today();
            if (day.isAfter(today)) {
                throw new InvalidInputException("on", day + " is in the future (today is " + today
                        + "); nothing was changed");
            }
            LearnerFile file = main.learnerFile();
            file.update(saved -> saved.with(project, change(saved.projects().get(project), day)));
            spec.commandLine().getOut().printf("%s %s on %s (saved in %s)%n", project, verb(), day, file.path());
            return 0;
        }
    }

    @Command(name = "start", mixinStandardHelpOptions = true, description = "Record that you started a project.")
    static final class Start extends StatusCommand {

        @Override
        SavedProject change(SavedProject current, LocalDate day) {
            if (current != null && "done".equals(current.status())) {
                throw new InvalidInputException("ID", "'" + project + "' is already done (" + current.finished()
                        + "); nothing was changed");
            }
            return new SavedProject("started", day, null, null);
        }

        @Override
        String verb() {
            return "started";
        }
    }

    @Command(name = "done", mixinStandardHelpOptions = true, description = "Record that you finished a project.")
    static final class Done extends StatusCommand {

        @Override
        SavedProject change(SavedProject current, LocalDate day) {
            LocalDate started = current == null ? null : current.started();
            if (started != null && day.isBefore(started)) {
                throw new InvalidInputException("on", project + " finished " + day + ", before it started " + started
                        + "; nothing was changed");
            }
            return new SavedProject("done", started, day, null);
        }

        @Override
        String verb() {
            return "done";
        }
    }

    @Command(name = "skip", mixinStandardHelpOptions = true,
            description = "Record that you skip a project: it is planned as if done.")
    static final class Skip extends StatusCommand {

        @Override
        SavedProject change(SavedProject current, LocalDate day) {
            return new SavedProject("skipped", current == null ? null : current.started(), null, day);
        }

        @Override
        String verb() {
            return "skipped";
        }
    }

    @Command(name = "progress", mixinStandardHelpOptions = true,
            description = "What is done, what is in progress, how far along the path, your pace, and the plan.")
    static final class Progress implements Callable<Integer> {

        @ParentCommand
        Main main;

        @Spec
        CommandSpec spec;

        @Mixin
        ProfileOptions options;

        @Override
        public Integer call() {
            Studypath engine = main.engine();
            Saved saved = main.learnerFile().read();
            Profile profile = options.profileWithout(engine, saved);
            String goal = options.goal(saved);
            LocalDate today = Dates.today();
            boolean planned = saved.plan() != null && goal.equals(saved.goal());
            ProgressReport report = planned
                    ? engine.progress(goal, profile, saved.log(), today, saved.plan().baseline(goal))
                    : engine.progress(goal, profile, saved.log(), today);
            StringBuilder out = new StringBuilder();
            out.append("Progress on ").append(goal.isBlank() ? "the whole route" : "\"" + goal + "\"").append(", ")
                    .append(today).append('\n');
            line(out, "Done", report.done());
            line(out, "Known through done projects", report.implied());
            line(out, "In progress", report.inProgress());
            line(out, "Skipped", report.skipped());
            line(out, "Still to study", report.remaining());
            int finished = report.done().size() + report.implied().size();
            int total = finished + report.remaining().size();
            out.append(String.format(Locale.ROOT, "Path: %d of %d projects done or known, %.0f%% of the hours (%.0f of %.0f h)%n",
                    finished, total, report.fractionDone() * 100, report.hoursDone(), report.hoursTotal()));
            Pace pace = report.pace();
            out.append(pace.observations() == 0 ? "Pace: as the catalog estimates (no finished project with dates yet)\n"
                    : String.format(Locale.ROOT, "Pace: %.2f x the estimate (90%% interval %.2f-%.2f), from %d finished project%s%n",
                            pace.factor(), pace.low(), pace.high(), pace.observations(),
                            pace.observations() == 1 ? "" : "s"));
            out.append(standing(report.standing(), planned)).append('\n');
            spec.commandLine().getOut().print(out);
            return 0;
        }

        private static String standing(ProgressReport.Standing standing, boolean planned) {
            String plan = planned ? "the plan made when you set the goal, from " + standing.since()
                    : "a plan from your first entry, " + standing.since();
            String numbers = String.format(Locale.ROOT, " (%.0f h of its work done, %.0f h expected by today)",
                    standing.hoursCredited(), standing.hoursExpected());
            double weeks = Math.abs(standing.weeksAhead());
            return switch (standing.status()) {
                case NOT_STARTED -> "Plan: not started; nothing recorded yet";
                case ON_PLAN -> String.format(Locale.ROOT, "Plan: on plan (within %.1f weeks) against %s%s",
                        ProgressReport.ON_PLAN_WEEKS, plan, numbers);
                case AHEAD -> String.format(Locale.ROOT, "Plan: %.1f weeks ahead of %s%s", weeks, plan, numbers);
                case BEHIND -> String.format(Locale.ROOT, "Plan: %.1f weeks behind %s%s", weeks, plan, numbers);
            };
        }

        private static void line(StringBuilder out, String label, List<String> ids) {
            out.append(label).append(": ").append(ids.isEmpty() ? "-" : String.join(", ", ids)).append('\n');
        }
    }
}
