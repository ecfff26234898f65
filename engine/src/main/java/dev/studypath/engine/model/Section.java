package dev.studypath.engine.model;

import java.util.List;
import java.util.Objects;

/**
 * Free-form guidance from the source that belongs to no single project, such as its learning
 * strategy, how to contribute, or its resources.
 *
 * @param id    a unique id to ask for it by ("strategy"), or an empty string
 * @param title the section's title
 * @param items its points, in order
 */
public record Section(String id, Text title, List<Text> items) {

    public Section {
        Objects.requireNonNull(id, "id");
        if (!id.isEmpty()) {
            Ids.require(id, "section");
        }
        Ids.given(title, "section title");
        items = List.copyOf(items);
    }

    /** A section without an id. */
    public Section(Text title, List<Text> items) {
        this("", title, items);
    }
}
