package dev.studypath.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.studypath.engine.model.Catalog;
import dev.studypath.engine.model.Contribution;
import dev.studypath.engine.model.Effort;
import dev.studypath.engine.model.Goal;
import dev.studypath.engine.model.Milestone;
import dev.studypath.engine.model.Prerequisite;
import dev.studypath.engine.model.Project;
import dev.studypath.engine.model.Range;
import dev.studypath.engine.model.Section;
import dev.studypath.engine.model.Skill;
import dev.studypath.engine.model.SkillLevel;
import dev.studypath.engine.model.Stage;
import dev.studypath.engine.model.Text;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Writes a catalog in the canonical form: fields in the format's order, optional fields left out where
 * they hold their default (an empty list or string, 0, false, a summary equal to the name, language
 * "en"), an open upper end as a missing "max", whole numbers without ".0", two-space indents.
 */
final class CatalogWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectWriter WRITER;

    static {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        WRITER = JsonMapper.builder().build().writer(new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter).withArrayIndenter(indenter));
    }

    private CatalogWriter() {
    }

    static String write(Catalog catalog) {
        ObjectNode root = NODES.objectNode();
        root.put("format", 1);
        root.put("id", catalog.id());
        root.set("title", text(catalog.title()));
        string(root, "language", catalog.language(), "en");
        string(root, "source", catalog.source(), "");
        root.set("baselineHoursPerWeek", number(catalog.baselineHoursPerWeek()));
        list(root, "skills", catalog.skills(), CatalogWriter::skill);
        root.set("projects", array(catalog.projects(), CatalogWriter::project));
        list(root, "stages", catalog.stages(), CatalogWriter::stage);
        list(root, "goals", catalog.goals(), CatalogWriter::goal);
        list(root, "sections", catalog.sections(), CatalogWriter::section);
        try {
            return WRITER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write a JSON tree as a string", e);
        }
    }

    private static JsonNode skill(Skill skill) {
        ObjectNode node = NODES.objectNode();
        node.put("id", skill.id());
        node.set("name", text(skill.name()));
        strings(node, "aliases", skill.aliases());
        node.put("tier", lowerCase(skill.tier()));
        node.put("importance", skill.importance());
        if (skill.inferred()) {
            node.put("inferred", true);
        }
        return node;
    }

    private static JsonNode project(Project project) {
        ObjectNode node = NODES.objectNode();
        node.put("id", project.id());
        node.set("name", text(project.name()));
        if (!project.summary().equals(project.name())) {
            node.set("summary", prose(project.summary()));
        }
        string(node, "repository", project.repository(), "");
        string(node, "url", project.url(), "");
        if (project.stars().atLeast()) {
            ObjectNode stars = NODES.objectNode();
            stars.put("count", project.stars().count());
            stars.put("atLeast", true);
            node.set("stars", stars);
        } else if (project.stars().count() != 0) {
            node.put("stars", project.stars().count());
        }
        strings(node, "languages", project.languages());
        node.put("level", lowerCase(project.level()));
        node.put("difficulty", project.difficulty());
        node.put("rating", project.rating());
        node.set("effort", effort(project.effort()));
        list(node, "teaches", project.teaches(), CatalogWriter::skillLevel);
        list(node, "prerequisites", project.prerequisites(), CatalogWriter::prerequisite);
        list(node, "focus", project.focus(), CatalogWriter::prose);
        list(node, "adopters", project.adopters(), CatalogWriter::prose);
        list(node, "architecture", project.architecture(), CatalogWriter::prose);
        list(node, "features", project.features(), CatalogWriter::prose);
        list(node, "advice", project.advice(), CatalogWriter::prose);
        list(node, "route", project.route(), CatalogWriter::milestone);
        list(node, "contributions", project.contributions(), CatalogWriter::contribution);
        return node;
    }

    private static JsonNode effort(Effort effort) {
        ObjectNode node = NODES.objectNode();
        node.put("unit", lowerCase(effort.unit()));
        range(node, effort.range());
        return node;
    }

    private static void range(ObjectNode node, Range range) {
        node.set("min", number(range.min()));
        if (!range.openEnded()) {
            node.set("max", number(range.max()));
        }
    }

    private static JsonNode skillLevel(SkillLevel skillLevel) {
        ObjectNode node = NODES.objectNode();
        node.put("skill", skillLevel.skill());
        node.put("level", skillLevel.level());
        return node;
    }

    private static JsonNode prerequisite(Prerequisite prerequisite) {
        ObjectNode node = NODES.objectNode();
        node.put("project", prerequisite.project());
        if (!prerequisite.reason().missing()) {
            node.set("reason", prose(prerequisite.reason()));
        }
        return node;
    }

    private static JsonNode milestone(Milestone milestone) {
        ObjectNode node = NODES.objectNode();
        String unit = milestone.unit() == Milestone.Unit.DAYS ? "Day" : "Week";
        node.put("from" + unit, milestone.from());
        node.put("to" + unit, milestone.to());
        node.set("title", text(milestone.title()));
        list(node, "topics", milestone.topics(), CatalogWriter::prose);
        list(node, "checklist", milestone.checklist(), CatalogWriter::prose);
        return node;
    }

    private static JsonNode contribution(Contribution contribution) {
        ObjectNode node = NODES.objectNode();
        node.put("tier", lowerCase(contribution.tier()));
        node.set("idea", text(contribution.idea()));
        return node;
    }

    private static JsonNode stage(Stage stage) {
        ObjectNode node = NODES.objectNode();
        node.put("number", stage.number());
        node.set("name", text(stage.name()));
        ObjectNode months = NODES.objectNode();
        range(months, stage.months());
        node.set("months", months);
        node.set("projects", array(stage.projects(), CatalogWriter::stageProject));
        if (stage.choose() != 0) {
            node.put("choose", stage.choose());
        }
        if (!stage.note().missing()) {
            node.set("note", prose(stage.note()));
        }
        return node;
    }

    private static JsonNode stageProject(Stage.StageProject project) {
        ObjectNode node = NODES.objectNode();
        node.put("project", project.project());
        node.set("outcome", text(project.outcome()));
        if (project.required()) {
            node.put("required", true);
        }
        return node;
    }

    private static JsonNode goal(Goal goal) {
        ObjectNode node = NODES.objectNode();
        node.put("id", goal.id());
        node.set("name", text(goal.name()));
        strings(node, "aliases", goal.aliases());
        strings(node, "skills", goal.skills());
        strings(node, "projects", goal.projects());
        node.put("difficulty", goal.difficulty());
        return node;
    }

    private static JsonNode section(Section section) {
        ObjectNode node = NODES.objectNode();
        string(node, "id", section.id(), "");
        node.set("title", text(section.title()));
        node.set("items", array(section.items(), CatalogWriter::prose));
        return node;
    }

    private static JsonNode text(Text text) {
        ObjectNode node = NODES.objectNode();
        string(node, "en", text.en(), "");
        string(node, "zh", text.zh(), "");
        return node;
    }

    /** Prose in English only is a plain string; in Chinese too, a text object. */
    private static JsonNode prose(Text text) {
        return text.zh().isEmpty() ? NODES.textNode(text.en()) : text(text);
    }

    /** A whole number as an integer, so 10.0 hours reads "10". */
    private static JsonNode number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? NODES.numberNode((long) value)
                : NODES.numberNode(value);
    }

    private static String lowerCase(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    private static void string(ObjectNode node, String name, String value, String fallback) {
        if (!value.equals(fallback)) {
            node.put(name, value);
        }
    }

    private static void strings(ObjectNode node, String name, List<String> values) {
        list(node, name, values, NODES::textNode);
    }

    private static <T> void list(ObjectNode node, String name, List<T> values, Function<T, JsonNode> write) {
        if (!values.isEmpty()) {
            node.set(name, array(values, write));
        }
    }

    private static <T> ArrayNode array(List<T> values, Function<T, JsonNode> write) {
        ArrayNode array = NODES.arrayNode(values.size());
        values.forEach(value -> array.add(write.apply(value)));
        return array;
    }
}
