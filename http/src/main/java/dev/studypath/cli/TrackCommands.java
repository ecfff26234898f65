package dev.studypath.cli;

import dev.studypath.cli.LearnerFile.Saved;
import dev.studypath.cli.LearnerFile.SavedProject;
import dev.studypath.engine.Pace;
import dev.studypath.engine.Profile;
import dev.studypath.engine.ProgressReport;
import dev.studypath.engine.Studypath;
import java.time.LocalDate;
import java.util.List;
import java.math.BigDecimal;
import dev.studypath.format.Words;
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

        @Parameters(paramLabel = "ID", descriptionKey = "ID", description = "The project: its id in any case, or its name.")
        String project;

        @Option(names = "--on", paramLabel = "DATE", description = "The day, YYYY-MM-DD (default: today).")
        String on;

        abstract SavedProject change(SavedProject current, LocalDate day);

        abstract String verb();

        @Override
        public Integer call() {
            String project = main.engine().projectId("ID", this.project);
            LocalDate day = Dates.parseOrToday("--on", on);
            LocalDate today = Dates.today();
            if (day.isAfter(today)) {
                throw new CliInputException("cli.track.future", day.toString(), today.toString());
            }
            LearnerFile file = main.learnerFile();
            file.update(saved -> saved.with(project, change(saved.projects().get(project), day)));
            Words words = Words.of(main.locale());
            spec.commandLine().getOut().println(words.get("cli.track.saved", project, words.get("cli.track." + verb()),
                    day.toString(), file.path().toString()));
            return 0;
        }
    }

    @Command(name = "start", mixinStandardHelpOptions = true, description = "Record that you started a project.")
    static final class Start extends StatusCommand {

        @Override
        SavedProject change(SavedProject current, LocalDate day) {
            if (current != null && "done".equals(current.status())) {
                throw new CliInputException("cli.track.alreadyDone", project, String.valueOf(current.finished()));
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
                throw new CliInputException("cli.track.beforeStart", project, day.toString(), started.toString());
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
            Words w = Words.of(main.locale(goal));
            StringBuilder out = new StringBuilder();
            out.append(w.get("cli.progress.heading", goal.isBlank() ? w.get("wholeRoute") : w.get("quoted", goal),
                    today.toString())).append('\n');
            line(out, w, "done", report.done());
            line(out, w, "implied", report.implied());
            line(out, w, "inProgress", report.inProgress());
            line(out, w, "skipped", report.skipped());
            line(out, w, "remaining", report.remaining());
            int finished = report.done().size() + report.implied().size();
            int total = finished + report.remaining().size();
            out.append(w.get("cli.progress.path", finished, total, Words.decimal(report.fractionDone() * 100, 0),
                    Words.decimal(report.hoursDone(), 0), Words.decimal(report.hoursTotal(), 0))).append('\n');
            Pace pace = report.pace();
            out.append(pace.observations() == 0 ? w.get("cli.progress.paceEstimates")
                    : w.get("cli.progress.pace", Words.decimal(pace.factor(), 2), Words.decimal(pace.low(), 2),
                            Words.decimal(pace.high(), 2), pace.observations())).append('\n');
            out.append(standing(report.standing(), planned, w)).append('\n');
            spec.commandLine().getOut().print(out);
            return 0;
        }

        private static String standing(ProgressReport.Standing standing, boolean planned, Words w) {
            String plan = w.get(planned ? "cli.plan.goal" : "cli.plan.first", standing.since().toString());
            String numbers = w.get("cli.plan.numbers", Words.decimal(standing.hoursCredited(), 0),
                    Words.decimal(standing.hoursExpected(), 0));
            BigDecimal weeks = Words.decimal(Math.abs(standing.weeksAhead()), 1);
            return switch (standing.status()) {
                case NOT_STARTED -> w.get("cli.plan.notStarted");
                case ON_PLAN -> w.get("cli.plan.onPlan", Words.decimal(ProgressReport.ON_PLAN_WEEKS, 1), plan, numbers);
                case AHEAD -> w.get("cli.plan.ahead", weeks, plan, numbers);
                case BEHIND -> w.get("cli.plan.behind", weeks, plan, numbers);
            };
        }

        private static void line(StringBuilder out, Words w, String label, List<String> ids) {
            out.append(w.get("pair", w.get("cli.progress." + label), ids.isEmpty() ? "-"
                    : String.join(w.get("join.comma"), ids))).append('\n');
        }
    }
}
