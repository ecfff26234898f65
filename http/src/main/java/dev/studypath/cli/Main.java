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
import java.util.Locale;
import java.util.Map;
import dev.studypath.format.Language;
import dev.studypath.format.Words;
import dev.studypath.server.Server;
import dev.studypath.engine.model.Message;
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

    /** The usage help in Chinese (the English is in the annotations). */
    static final String HELP = "dev.studypath.cli.help";

    /** Exit code for bad input: an unknown goal or id, a value out of range, an invalid catalog. */
    static final int BAD_INPUT = 2;

    @Option(names = "--catalog", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "A catalog JSON file to use instead of the bundled guide.")
    Path catalogFile;

    @Option(names = "--profile", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Your saved profile (default: $STUDYPATH_PROFILE, else ~/.config/studypath/profile.json).")
    Path profileFile;

    @Option(names = "--lang", paramLabel = "LANG", scope = ScopeType.INHERIT, converter = LanguageOption.class,
            description = "The language of the answer: en or zh (default: Chinese for a goal written in Chinese, "
                    + "else the system's language).")
    Locale language;

    /** The goal the command answers, as written: a goal in Chinese gets a Chinese answer. */
    private String goal;

    private Studypath engine;

    /** The answer's language ({@link Language#choose}): --lang, else the goal's script, else the system's. */
    Locale locale() {
        return Language.choose(language, null, goal, Locale.getDefault());
    }

    /** The answer's language for a command that answers {@code goal}. */
    Locale locale(String goal) {
        this.goal = goal;
        return locale();
    }

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
        throw new LocalizedParameterException(new CommandLine(this), "cli.missingCommand");
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns its exit code; for tests and {@link #main}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Main main = new Main();
        CommandLine cli = new CommandLine(main).setCaseInsensitiveEnumValuesAllowed(true);
        if (Words.of(parseLocale(args)).chinese()) {
            cli.setResourceBundle(Message.bundle(HELP, Locale.CHINESE));
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, arguments) -> {
            CommandLine command = e.getCommandLine();
            Locale locale = main.language != null ? main.locale() : parseLocale(arguments);
            Words words = Words.of(locale);
            if (e.getArgSpec() != null && e.getArgSpec().isOption()
                    && "--lang".equals(((CommandLine.Model.OptionSpec) e.getArgSpec()).longestName())) {
                command.getErr().println("studypath: " + words.get("cli.lang.unsupported", String.valueOf(e.getValue())));
                return BAD_INPUT;
            }
            command.getErr().println("studypath: " + parseError(e, words));
            command.getErr().println(usageLine(command.getCommandSpec(), words));
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, command, parseResult) -> {
            Locale locale = main.locale();
            PrintWriter errors = command.getErr();
            if (e instanceof CatalogFileException file) {
                printProblems(errors, "studypath: ", file.source(), file.problems(), locale);
                return BAD_INPUT;
            }
            if (e instanceof CliInputException input) {
                errors.println("studypath: " + firstLine(input.describe(locale)));
                return BAD_INPUT;
            }
            if (e instanceof InvalidInputException invalid && OPTIONS.containsKey(invalid.field())) {
                errors.println("studypath: " + firstLine(Words.of(locale).get("pair", OPTIONS.get(invalid.field()),
                        invalid.detail(locale))));
                return BAD_INPUT;
            }
            if (e instanceof StudypathException studypath) {
                errors.println("studypath: " + firstLine(studypath.describe(locale)));
                return BAD_INPUT;
            }
            if (e instanceof java.io.UncheckedIOException) {
                errors.println("studypath: " + firstLine(e.getMessage()));
                return BAD_INPUT;
            }
            errors.println("studypath: " + Words.of(locale).get("cli.unexpected", String.valueOf(e)));
            return 1;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("");
    }

    /**
     * The language of an error in parsing the arguments, when {@code --lang} may not have been read:
     * a valid {@code --lang} among the arguments, else a goal among them written in Chinese, else the system's.
     */
    static Locale parseLocale(String[] arguments) {
        Locale explicit = null;
        for (int i = 0; i < arguments.length && explicit == null; i++) {
            if (arguments[i].equals("--lang") && i + 1 < arguments.length) {
                explicit = Language.parse(arguments[i + 1]).orElse(null);
            } else if (arguments[i].startsWith("--lang=")) {
                explicit = Language.parse(arguments[i].substring("--lang=".length())).orElse(null);
            }
        }
        return Language.choose(explicit, null, String.join(" ", arguments), Locale.getDefault());
    }

    /**
     * picocli's message for an error in the arguments: as picocli words it in English, from the bundle
     * in Chinese for the common kinds (unknown option or argument, missing or invalid value).
     */
    private static String parseError(CommandLine.ParameterException e, Words words) {
        if (e instanceof LocalizedParameterException localized) {
            return localized.describe(words.locale());
        }
        if (!words.chinese()) {
            return e.getMessage();
        }
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            String first = unmatched.getUnmatched().isEmpty() ? "" : unmatched.getUnmatched().get(0);
            return words.get(unmatched.isUnknownOption() ? "cli.parse.unknownOption" : "cli.parse.unmatched", first);
        }
        if (e instanceof CommandLine.MissingParameterException missing) {
            return words.get("cli.parse.missing", String.join(words.get("join.comma"), missing.getMissing().stream()
                    .map(Main::name).toList()));
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            Class<?> type = e.getArgSpec().type();
            if (type.isEnum()) {
                return words.get("cli.parse.invalidChoice", name(e.getArgSpec()), e.getValue(),
                        String.join(words.get("join.comma"), java.util.Arrays.stream(type.getEnumConstants())
                                .map(String::valueOf).toList()));
            }
            return words.get("cli.parse.invalid", name(e.getArgSpec()), e.getValue());
        }
        return words.get("cli.parse.other", e.getMessage());
    }

    private static String name(CommandLine.Model.ArgSpec spec) {
        return spec instanceof CommandLine.Model.OptionSpec option ? option.longestName() : spec.paramLabel();
    }

    /**
     * Prints a catalog file's problems, one a line with its JSON pointer, then their number after
     * {@code prefix}; a file that cannot be read at all is the one line that says so.
     */
    static void printProblems(PrintWriter err, String prefix, String source, List<Problem> problems, Locale locale) {
        if (problems.size() == 1 && problems.get(0).pointer().isEmpty()
                && problems.get(0).detail().key().equals("read.cannot")) {
            err.println(prefix + problems.get(0).describe(locale));
            return;
        }
        problems.forEach(problem -> err.println(problem.describe(locale)));
        err.println(prefix + Words.of(locale).get("cli.problems", source, problems.size()));
    }

    /** The command's usage on one line, such as {@code Usage: studypath path [OPTIONS] [GOAL] (see --help)}. */
    static String usageLine(CommandLine.Model.CommandSpec spec, Words words) {
        StringBuilder line = new StringBuilder(spec.qualifiedName());
        if (!spec.options().isEmpty()) {
            line.append(" [").append(words.get("cli.usage.options")).append(']');
        }
        for (CommandLine.Model.PositionalParamSpec parameter : spec.positionalParameters()) {
            boolean optional = parameter.arity().min() == 0;
            line.append(' ').append(optional ? "[" : "").append(parameter.paramLabel()).append(optional ? "]" : "");
        }
        if (!spec.subcommands().isEmpty()) {
            line.append(' ').append(words.get("cli.usage.command"));
        }
        return words.get("cli.usage", line.toString());
    }

    /** {@code --lang}: en or zh (any en-* or zh-* tag); anything else is refused. */
    static final class LanguageOption implements CommandLine.ITypeConverter<Locale> {

        @Override
        public Locale convert(String value) {
            return Language.parse(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    Words.of(Locale.ENGLISH).get("cli.lang.unsupportedShort", value)));
        }
    }

    /** The version, from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {

        @Override
        public String[] getVersion() {
            return new String[] {"studypath " + Server.version()};
        }
    }
}
