package dev.studypath.cli;

import dev.studypath.engine.model.Catalog;
import dev.studypath.engine.model.Section;
import dev.studypath.format.CatalogViews;
import dev.studypath.format.Json;
import dev.studypath.format.TextReport;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code studypath guide [SECTION]}: the guide's general sections, such as its learning strategy. */
@Command(name = "guide", mixinStandardHelpOptions = true,
        description = "Show the guide's general sections (about, route, strategy, contributing, resources, advice), "
                + "or one of them.")
final class GuideCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SECTION", descriptionKey = "SECTION", arity = "0..1",
            description = "The id of one section; all of them when left out.")
    String section;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        Catalog catalog = main.engine().catalog();
        Locale locale = main.locale(section);
        List<Section> sections = section == null ? catalog.sections() : List.of(catalog.section(section)
                .orElseThrow(() -> new CliInputException("cli.guide.unknown", section,
                        String.join(", ", catalog.sections().stream().map(Section::id)
                                .filter(id -> !id.isEmpty()).toList()))));
        spec.commandLine().getOut().print(json ? Json.write(CatalogViews.guide(catalog, sections), locale) + "\n"
                : TextReport.sections(sections, locale));
        return 0;
    }
}
