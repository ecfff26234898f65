package dev.studypath.engine.model;

import java.util.List;
import java.util.Objects;

/**
 * Free-form guidance from the source that belongs to no single project, such as its learning
 * strategy, how to contribute, or its resources.
 *
 * @param title the section's title
 * @param items its points, in order
 */
public record Section(Text title, List<String> items) {

    public Section {
        Objects.requireNonNull(title, "title");
        items = List.copyOf(items);
    }
}
