package dev.studypath.cli;

import dev.studypath.dataset.Catalogs;
import dev.studypath.engine.InvalidInputException;
import dev.studypath.engine.model.Catalog;
import dev.studypath.engine.model.Problem;
import dev.studypath.engine.model.Project;
import dev.studypath.format.CatalogViews;
import dev.studypath.format.Json;
import dev.studypath.format.TextReport;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code studypath catalog list|show|validate}. */
@Command(name = "catalog", mixinStandardHelpOptions = true, description = "List, show or validate a catalog.",
        subcommands = {CatalogCommand.List.class, CatalogCommand.Show.class, CatalogCommand.Validate.class})
final class CatalogCommand implements Runnable {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing subcommand: list, show or validate");
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the catalog's projects.")
    static final class List implements Callable<Integer> {

        @ParentCommand
        CatalogCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() {
            Catalog catalog = parent.main.engine().catalog();
            if (json) {
                spec.commandLine().getOut().println(Json.write(CatalogViews.projects(catalog)));
            } else {
                spec.commandLine().getOut().print(TextReport.projects(catalog));
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

        @Parameters(paramLabel = "ID", description = "The project id.")
        String id;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() {
            Catalog catalog = parent.main.engine().catalog();
            Project project = catalog.project(id).orElseThrow(() -> new InvalidInputException("ID",
                    "unknown project '" + id + "'; known: " + String.join(", ",
                            catalog.projects().stream().map(Project::id).toList())));
            spec.commandLine().getOut().print(json ? Json.write(CatalogViews.project(catalog, project)) + "\n"
                    : TextReport.project(catalog, project));
            return 0;
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Check a catalog file: exit 0 when valid, 2 with one line per problem when not.")
    static final class Validate implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The catalog JSON file.")
        Path file;

        @Override
        public Integer call() {
            java.util.List<Problem> problems = Catalogs.validate(file);
            if (problems.isEmpty()) {
                Catalog catalog = Catalogs.load(file);
                spec.commandLine().getOut().printf("%s: valid catalog '%s', %d projects, %d prerequisites, "
                                + "%d skills, %d stages, %d goals%n", file, catalog.id(), catalog.projects().size(),
                        catalog.prerequisiteCount(), catalog.skills().size(), catalog.stages().size(),
                        catalog.goals().size());
                return 0;
            }
            Main.printProblems(spec.commandLine().getErr(), "", file.toString(), problems);
            return Main.BAD_INPUT;
        }
    }
}
