package dev.studypath.cli;

import dev.studypath.engine.Schedule;
import dev.studypath.engine.ScheduleOptions;
import dev.studypath.engine.Studypath;
import dev.studypath.format.ScheduleCalendar;
import dev.studypath.format.ScheduleJson;
import dev.studypath.format.ScheduleMarkdown;
import dev.studypath.format.TextReport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import dev.studypath.format.Words;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code studypath schedule [GOAL]}: the path as a dated, week-by-week plan. */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = "A dated week-by-week plan for a goal, as text, JSON, Markdown or iCalendar.")
final class ScheduleCommand implements Callable<Integer> {

    /** The output formats. */
    enum Format { text, json, md, ics }

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    ProfileOptions profile;

    @Option(names = "--start", paramLabel = "DATE", description = "The first day of study, YYYY-MM-DD (default: today).")
    String start;

    @Option(names = "--off", paramLabel = "FROM..TO", description = "Days with no study: one day, or FROM..TO with both included (repeatable).")
    List<String> off = new ArrayList<>();

    @Option(names = "--deadline", paramLabel = "DATE", description = "The day to finish by, YYYY-MM-DD.")
    String deadline;

    @Option(names = "--confidence", paramLabel = "PERCENT", defaultValue = "80",
            description = "The chance with which the kept projects must end by the deadline: 50, 80 or 95 (default 80).")
    int confidence;

    @Option(names = "--allow-empty", description = "Write a calendar or file even when nothing is scheduled.")
    boolean allowEmpty;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json, md or ics (default text).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically) instead of the terminal.")
    Path out;

    @Override
    public Integer call() {
        LearnerFile.Saved saved = main.learnerFile().read();
        String goal = profile.goal(saved);
        Locale locale = main.locale(goal);
        Studypath engine = main.engine();
        ScheduleOptions.Builder options = ScheduleOptions.builder()
                .start(Dates.parseOrToday("--start", start));
        for (int i = 0; i < off.size(); i++) {
            String range = off.get(i);
            int dots = range.indexOf("..");
            LocalDate from = Dates.parse("--off", dots < 0 ? range : range.substring(0, dots));
            options.timeOff(from, dots < 0 ? from : Dates.parse("--off", range.substring(dots + 2)));
        }
        if (deadline != null) {
            options.deadline(Dates.parse("--deadline", deadline));
        }
        options.confidence(confidence);
        Schedule schedule = engine.schedule(goal, profile.profile(engine, saved), options.build(),
                saved.log().finished());
        if (schedule.items().isEmpty() && !allowEmpty && (format == Format.ics || out != null)) {
            throw new CliInputException("cli.schedule.empty", TextReport.whyEmpty(schedule, locale));
        }
        String text = switch (format) {
            case text -> TextReport.schedule(schedule, locale);
            case json -> ScheduleJson.render(schedule, locale);
            case md -> ScheduleMarkdown.render(schedule, engine.catalog(), locale);
            case ics -> ScheduleCalendar.render(schedule, engine.catalog(), locale);
        };
        if (out == null) {
            spec.commandLine().getOut().print(text);
        } else {
            AtomicFile.write(out, text, "--out");
            spec.commandLine().getErr().println("studypath: " + Words.of(locale).get("cli.wrote", out.toString()));
        }
        return 0;
    }
}
