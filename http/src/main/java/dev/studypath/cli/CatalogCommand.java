package dev.studypath.cli;

import dev.studypath.dataset.Catalogs;
import dev.studypath.engine.model.Catalog;
import dev.studypath.engine.model.Problem;
import dev.studypath.engine.model.Project;
import dev.studypath.format.CatalogViews;
import dev.studypath.format.Json;
import dev.studypath.format.TextReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import dev.studypath.format.Words;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code studypath catalog list|show|skills|goals|validate}. */
@Command(name = "catalog", mixinStandardHelpOptions = true, description = "List, show or validate a catalog.",
        subcommands = {CatalogCommand.Projects.class, CatalogCommand.Show.class, CatalogCommand.Skills.class,
                CatalogCommand.Goals.class, CatalogCommand.Validate.class})
final class CatalogCommand implements Runnable {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new LocalizedParameterException(spec.commandLine(), "cli.catalog.missingCommand");
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the catalog's projects.")
    static final class Projects implements Callable<Integer> {

        @ParentCommand
        CatalogCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() {
            Catalog catalog = parent.main.engine().catalog();
            Locale locale = parent.main.locale();
            if (json) {
                spec.commandLine().getOut().println(Json.write(CatalogViews.projects(catalog), locale));
            } else {
                spec.commandLine().getOut().print(TextReport.projects(catalog, locale));
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show every fact about one project.")
    static final class Show implements Callable<Integer> {

        @ParentCommand
        CatalogCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID", descriptionKey = "ID", description = "The project: its id in any case, or its name.")
        String id;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() {
            Catalog catalog = parent.main.engine().catalog();
            Project project = catalog.project(parent.main.engine().projectId("ID", id)).orElseThrow();
            Locale locale = parent.main.locale(id);
            spec.commandLine().getOut().print(json ? Json.write(CatalogViews.project(catalog, project), locale) + "\n"
                    : TextReport.project(catalog, project, locale));
            return 0;
        }
    }

    /** A listing of what a goal may name: text for people, JSON with {@code --json}. */
    abstract static class Listing implements Callable<Integer> {

        @ParentCommand
        CatalogCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        abstract String text(Catalog catalog, Locale locale);

        abstract Object view(Catalog catalog);

        @Override
        public Integer call() {
            Catalog catalog = parent.main.engine().catalog();
            Locale locale = parent.main.locale();
            spec.commandLine().getOut().print(json ? Json.write(view(catalog), locale) + "\n" : text(catalog, locale));
            return 0;
        }
    }

    @Command(name = "skills", mixinStandardHelpOptions = true,
            description = "List the skills a goal may name, with their names and aliases.")
    static final class Skills extends Listing {

        @Override
        String text(Catalog catalog, Locale locale) {
            return TextReport.skills(catalog, locale);
        }

        @Override
        Object view(Catalog catalog) {
            return CatalogViews.listing(catalog, "skills", catalog.skills());
        }
    }

    @Command(name = "goals", mixinStandardHelpOptions = true,
            description = "List the catalog's goals, with their names, aliases, skills and projects.")
    static final class Goals extends Listing {

        @Override
        String text(Catalog catalog, Locale locale) {
            return TextReport.goals(catalog, locale);
        }

        @Override
        Object view(Catalog catalog) {
            return CatalogViews.listing(catalog, "goals", catalog.goals());
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Check a catalog file: exit 0 when valid, 2 with one line per problem when not.")
    static final class Validate implements Callable<Integer> {

        @ParentCommand
        CatalogCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", descriptionKey = "FILE", description = "The catalog JSON file.")
        Path file;

        @Override
        public Integer call() {
            List<Problem> problems = Catalogs.validate(file);
            if (problems.isEmpty()) {
                Catalog catalog = Catalogs.load(file);
                spec.commandLine().getOut().println(Words.of(parent.main.locale()).get("cli.catalog.valid",
                        file.toString(), catalog.id(), catalog.projects().size(), catalog.prerequisiteCount(),
                        catalog.skills().size(), catalog.stages().size(), catalog.goals().size()));
                return 0;
            }
            Main.printProblems(spec.commandLine().getErr(), "", file.toString(), problems, parent.main.locale());
            return Main.BAD_INPUT;
        }
    }
}
