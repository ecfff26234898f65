package dev.studypath.format;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.studypath.engine.model.Catalog;
import dev.studypath.engine.model.Prerequisite;
import dev.studypath.engine.model.Project;
import dev.studypath.engine.model.Section;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON views of a catalog that are not plain model records, shared by the command line's
 * {@code --json} and the HTTP API so that both print the same shapes. Keys keep a fixed order.
 */
public final class CatalogViews {

    private CatalogViews() {
    }

    /** The catalog's id, title and, under {@code key}, the given items. */
    public static Map<String, Object> listing(Catalog catalog, String key, List<?> items) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", catalog.id());
        view.put("title", catalog.title());
        view.put(key, items);
        return view;
    }

    /** Every project of the catalog as a {@link #summary}, in catalog order. */
    public static Map<String, Object> projects(Catalog catalog) {
        return listing(catalog, "projects", catalog.projects().stream().map(p -> summary(catalog, p)).toList());
    }

    /** A project's id, names, level, difficulty, rating, effort, stage (0 when in none) and prerequisite ids. */
    public static Map<String, Object> summary(Catalog catalog, Project project) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", project.id());
        view.put("name", project.name());
        view.put("level", project.level());
        view.put("difficulty", project.difficulty());
        view.put("rating", project.rating());
        view.put("effort", project.effort());
        view.put("stage", catalog.stageOf(project.id()).orElse(0));
        view.put("prerequisites", project.prerequisites().stream().map(Prerequisite::project).toList());
        return view;
    }

    /** Every fact about a project, as the record has them, with its stage (0 when in none) after its effort. */
    public static Map<String, Object> project(Catalog catalog, Project project) {
        Map<String, Object> fields = Json.mapper().convertValue(project, FIELDS);
        Map<String, Object> view = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            view.put(name, value);
            if (name.equals("effort")) {
                view.put("stage", catalog.stageOf(project.id()).orElse(0));
            }
        });
        return view;
    }

    /** The guide's general sections, or the one with {@code id}; the catalog's id and title first. */
    public static Map<String, Object> guide(Catalog catalog, List<Section> sections) {
        return listing(catalog, "sections", sections);
    }

    private static final TypeReference<LinkedHashMap<String, Object>> FIELDS = new TypeReference<>() {
    };

    /** The catalog's id, title, language, source, baseline weekly hours and how many of each thing it has. */
    public static Map<String, Object> overview(Catalog catalog) {
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("projects", catalog.projects().size());
        counts.put("prerequisites", catalog.prerequisiteCount());
        counts.put("skills", catalog.skills().size());
        counts.put("stages", catalog.stages().size());
        counts.put("goals", catalog.goals().size());
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", catalog.id());
        view.put("title", catalog.title());
        view.put("language", catalog.language());
        view.put("source", catalog.source());
        view.put("baselineHoursPerWeek", catalog.baselineHoursPerWeek());
        view.put("counts", counts);
        return view;
    }
}
