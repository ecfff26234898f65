package dev.studypath.cli;

import dev.studypath.dataset.CatalogFileException;
import dev.studypath.dataset.Catalogs;
import dev.studypath.engine.InvalidInputException;
import dev.studypath.engine.StudypathException;
import dev.studypath.engine.Studypath;
import dev.studypath.engine.model.Catalog;
import dev.studypath.engine.model.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code studypath} command: wires the subcommands, the catalog and the error handling.
 * Exit codes: 0 success, 2 bad input (one line on standard error), 1 an unexpected failure.
 */
@Command(name = "studypath", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Which open-source project to study next, and in what order after that.",
        subcommands = {CatalogCommand.class, GuideCommand.class, NextCommand.class, PathCommand.class, ScheduleCommand.class,
                TrackCommands.Start.class, TrackCommands.Done.class, TrackCommands.Skip.class,
                TrackCommands.Progress.class, GoalCommand.class, ServeCommand.class})
public final class Main implements Runnable {

    /** The engine's names of inputs, as the command line's options name them in messages. */
    private static final Map<String, String> OPTIONS = Map.ofEntries(Map.entry("hoursPerWeek", "--hours"),
            Map.entry("maxDifficulty", "--max-difficulty"), Map.entry("timeOff", "--off"), Map.entry("off", "--off"),
            Map.entry("known", "--known"), Map.entry("completed", "--completed"), Map.entry("limit", "--limit"),
            Map.entry("deadline", "--deadline"), Map.entry("start", "--start"), Map.entry("confidence", "--confidence"),
            Map.entry("on", "--on"));

    /** Exit code for bad input: an unknown goal or id, a value out of range, an invalid catalog. */
    static final int BAD_INPUT = 2;

    @Option(names = "--catalog", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "A catalog JSON file to use instead of the bundled guide.")
    Path catalogFile;

    @Option(names = "--profile", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Your saved profile (default: $STUDYPATH_PROFILE, else ~/.config/studypath/profile.json).")
    Path profileFile;

    private Studypath engine;

    /** The saved learner profile's file. */
    LearnerFile learnerFile() {
        return LearnerFile.locate(profileFile);
    }

    /** The engine for the chosen catalog, loaded once. */
    Studypath engine() {
        if (engine == null) {
            Catalog catalog = catalogFile == null ? Catalogs.bundled() : Catalogs.load(catalogFile);
            engine = Studypath.of(catalog);
        }
        return engine;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "missing command");
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns its exit code; for tests and {@link #main}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, arguments) -> {
            CommandLine command = e.getCommandLine();
            command.getErr().println("studypath: " + e.getMessage());
            command.getErr().println(usageLine(command.getCommandSpec()));
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, command, parseResult) -> {
            if (e instanceof CatalogFileException file) {
                printProblems(command.getErr(), "studypath: ", file.source(), file.problems());
                return BAD_INPUT;
            }
            if (e instanceof InvalidInputException invalid && OPTIONS.containsKey(invalid.field())) {
                command.getErr().println("studypath: " + OPTIONS.get(invalid.field())
                        + invalid.getMessage().substring(invalid.field().length()).lines().findFirst().orElse(""));
                return BAD_INPUT;
            }
            if (e instanceof StudypathException
                    || e instanceof java.io.UncheckedIOException) {
                command.getErr().println("studypath: " + e.getMessage().lines().findFirst().orElse(""));
                return BAD_INPUT;
            }
            command.getErr().println("studypath: unexpected failure: " + e);
            return 1;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * Prints a catalog file's problems, one a line with its JSON pointer, then their number after
     * {@code prefix}; a file that cannot be read at all is the one line that says so.
     */
    static void printProblems(PrintWriter err, String prefix, String source, List<Problem> problems) {
        if (problems.size() == 1 && problems.get(0).pointer().isEmpty()
                && problems.get(0).message().startsWith("cannot read ")) {
            err.println(prefix + problems.get(0).message());
            return;
        }
        problems.forEach(err::println);
        err.println(prefix + source + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
    }

    /** The command's usage on one line, such as {@code Usage: studypath path [OPTIONS] [GOAL]}. */
    static String usageLine(CommandLine.Model.CommandSpec spec) {
        StringBuilder line = new StringBuilder("Usage: ").append(spec.qualifiedName());
        if (!spec.options().isEmpty()) {
            line.append(" [OPTIONS]");
        }
        for (CommandLine.Model.PositionalParamSpec parameter : spec.positionalParameters()) {
            boolean optional = parameter.arity().min() == 0;
            line.append(' ').append(optional ? "[" : "").append(parameter.paramLabel()).append(optional ? "]" : "");
        }
        if (!spec.subcommands().isEmpty()) {
            line.append(" COMMAND");
        }
        return line.append(" (see --help)").toString();
    }

    /** The version, from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {

        @Override
        public String[] getVersion() {
            return new String[] {"studypath " + version()};
        }
    }

    /** This build's version, or "dev" when run from classes. */
    public static String version() {
        String version = Main.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
