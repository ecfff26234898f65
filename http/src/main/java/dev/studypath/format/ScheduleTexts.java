package dev.studypath.format;

import dev.studypath.engine.ScheduleItem;
import dev.studypath.engine.model.Catalog;
import dev.studypath.engine.model.Milestone;
import dev.studypath.engine.model.Project;
import dev.studypath.engine.model.Text;
import java.util.List;
import java.util.Optional;

/**
 * A scheduled milestone's topics and checklist in the reader's language. The schedule carries them in
 * English only (its JSON form is fixed), so they are read again from the catalog's route, by the
 * milestone's number; without the catalog (or for a project it does not know) they stay as scheduled.
 */
final class ScheduleTexts {

    private final Catalog catalog;
    private final Words words;

    private ScheduleTexts(Catalog catalog, Words words) {
        this.catalog = catalog;
        this.words = words;
    }

    /** The texts from {@code catalog}, or as the schedule has them when it is empty. */
    static ScheduleTexts of(Optional<Catalog> catalog, Words words) {
        return new ScheduleTexts(catalog.orElse(null), words);
    }

    List<String> topics(ScheduleItem item, ScheduleItem.DatedMilestone milestone) {
        return route(item, milestone).map(m -> m.topics().stream().map(words::prose).toList())
                .orElse(milestone.topics());
    }

    List<String> checklist(ScheduleItem item, ScheduleItem.DatedMilestone milestone) {
        if (catalog == null || catalog.project(item.project()).isEmpty()) {
            return milestone.checklist();
        }
        // A milestone with no checklist, and a project without a route, is ticked off by its title.
        return route(item, milestone).filter(m -> !m.checklist().isEmpty())
                .map(m -> m.checklist().stream().map(words::prose).toList())
                .orElse(List.of(words.prose(milestone.title())));
    }

    private Optional<Milestone> route(ScheduleItem item, ScheduleItem.DatedMilestone milestone) {
        if (catalog == null) {
            return Optional.empty();
        }
        List<Milestone> route = catalog.project(item.project()).map(Project::route).orElse(List.of());
        return milestone.number() <= route.size() ? Optional.of(route.get(milestone.number() - 1)) : Optional.empty();
    }

    /** A name in the reader's language. */
    String name(Text name) {
        return name.in(words.locale());
    }
}
