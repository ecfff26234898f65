package dev.studypath.dataset;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.studypath.engine.model.Catalog;
import dev.studypath.engine.model.Contribution;
import dev.studypath.engine.model.Effort;
import dev.studypath.engine.model.Goal;
import dev.studypath.engine.model.InvalidCatalogException;
import dev.studypath.engine.model.Level;
import dev.studypath.engine.model.Milestone;
import dev.studypath.engine.model.Prerequisite;
import dev.studypath.engine.model.Problem;
import dev.studypath.engine.model.Project;
import dev.studypath.engine.model.Range;
import dev.studypath.engine.model.Section;
import dev.studypath.engine.model.Skill;
import dev.studypath.engine.model.SkillLevel;
import dev.studypath.engine.model.Stage;
import dev.studypath.engine.model.Text;
import dev.studypath.engine.model.Tier;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads a catalog file in one pass: parses it into a JSON tree, checks the tree's shape field by
 * field, and only when the shape is right builds the records and lets {@link Catalog#of} check ids,
 * references and cycles.
 */
final class CatalogReader {

    private static final List<String> CATALOG = List.of("$schema", "format", "id", "title", "language", "source",
            "baselineHoursPerWeek", "skills", "projects", "stages", "goals", "sections");
    private static final List<String> SKILL = List.of("id", "name", "aliases", "tier", "importance");
    private static final List<String> PROJECT = List.of("id", "name", "summary", "repository", "url", "stars",
            "languages", "level", "difficulty", "rating", "effort", "teaches", "prerequisites", "focus", "adopters",
            "architecture", "features", "advice", "route", "contributions");
    private static final List<String> EFFORT = List.of("unit", "min", "max");
    private static final List<String> RANGE = List.of("min", "max");
    private static final List<String> SKILL_LEVEL = List.of("skill", "level");
    private static final List<String> PREREQUISITE = List.of("project", "reason");
    private static final List<String> MILESTONE = List.of("fromWeek", "toWeek", "title", "topics", "checklist");
    private static final List<String> CONTRIBUTION = List.of("tier", "idea");
    private static final List<String> STAGE = List.of("number", "name", "months", "projects");
    private static final List<String> STAGE_PROJECT = List.of("project", "outcome", "required");
    private static final List<String> GOAL = List.of("id", "name", "aliases", "skills", "projects", "difficulty");
    private static final List<String> SECTION = List.of("title", "items");

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    private final List<Problem> problems = new ArrayList<>();

    private CatalogReader() {
    }

    /**
     * The catalog in {@code in}, which is left open.
     *
     * @throws CatalogFileException with every problem found
     */
    static Catalog read(InputStream in, String source) {
        JsonNode root;
        try (JsonParser parser = MAPPER.createParser(in)) {
            root = MAPPER.readTree(parser);
            if (root == null) {
                throw new CatalogFileException(source, List.of(new Problem("", "malformed JSON: no content")), null);
            }
            if (parser.nextToken() != null) {
                throw new CatalogFileException(source, List.of(new Problem("", "malformed JSON at "
                        + position(parser.currentTokenLocation()) + ": content after the end of the document")), null);
            }
        } catch (JsonProcessingException e) {
            throw new CatalogFileException(source, List.of(malformed(e)), e);
        } catch (IOException e) {
            throw unreadable(source, e);
        }
        CatalogReader reader = new CatalogReader();
        Catalog catalog = reader.catalog(root);
        if (catalog == null) {
            throw new CatalogFileException(source, reader.problems, null);
        }
        return catalog;
    }

    /** The exception for a source that cannot be read at all. */
    static CatalogFileException unreadable(String source, IOException e) {
        String reason = e instanceof NoSuchFileException ? "no such file"
                : e instanceof AccessDeniedException ? "access denied"
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new CatalogFileException(source, List.of(new Problem("", "cannot read " + source + ": " + reason)), e);
    }

    /** Locates a syntax error by line and column, and by the object or array it is in. */
    private static Problem malformed(JsonProcessingException e) {
        String pointer = "";
        if (e.getProcessor() instanceof JsonParser parser) {
            JsonStreamContext container = parser.getParsingContext().getParent();
            pointer = container == null ? "" : container.pathAsPointer().toString();
        }
        String what = Objects.requireNonNullElse(e.getOriginalMessage(), e.getClass().getSimpleName())
                .replaceAll("\\(('.') \\(code \\d+\\)\\)", "$1")
                .replaceAll("\\(\\(CTRL-CHAR, code (\\d+)\\)\\)", "(control character $1)")
                .replaceAll(": enable `[^`]+` to allow|, from `[^`]+`", "")
                .replaceAll("\\[Source: .*?; line: (\\d+), column: (\\d+)]", "line $1, column $2");
        what = Character.toLowerCase(what.charAt(0)) + what.substring(1);
        return new Problem(pointer, e.getLocation() == null ? "malformed JSON: " + what
                : "malformed JSON at " + position(e.getLocation()) + ": " + what);
    }

    private static String position(JsonLocation location) {
        return "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private Catalog catalog(JsonNode root) {
        JsonNode format = root.path("format");
        if (format.isNumber() && !(format.canConvertToExactIntegral() && format.asLong() == 1)) {
            // A later format may differ in anything, so its other fields are not this version's business.
            problems.add(new Problem("/format", "unsupported format " + format.asText()
                    + "; this version reads format 1"));
            return null;
        }
        Fields f = new Fields(root, "", CATALOG, problems);
        f.string("$schema", "");
        f.integer("format", 1, 1);
        String id = f.id("id");
        Text title = f.text("title");
        String language = f.string("language", "en");
        String source = f.string("source", "");
        Double hours = f.number("baselineHoursPerWeek", h -> h > 0 && h <= 168,
                "must be more than 0 and at most 168");
        List<Skill> skills = f.list("skills", this::skill);
        List<Project> projects = f.requiredList("projects", this::project);
        List<Stage> stages = f.list("stages", this::stage);
        List<Goal> goals = f.list("goals", this::goal);
        List<Section> sections = f.list("sections", this::section);
        return f.build(() -> {
            try {
                return Catalog.of(id, title, language, source, hours, skills, projects, stages, goals, sections);
            } catch (InvalidCatalogException e) {
                problems.addAll(e.problems());
                return null;
            }
        });
    }

    private Skill skill(JsonNode value, String at) {
        Fields f = new Fields(value, at, SKILL, problems);
        String id = f.id("id");
        Text name = f.text("name");
        List<String> aliases = f.strings("aliases");
        Tier tier = f.choice("tier", Tier.class);
        Integer importance = f.integer("importance", 1, 5);
        return f.build(() -> new Skill(id, name, aliases, tier, importance));
    }

    private Project project(JsonNode value, String at) {
        Fields f = new Fields(value, at, PROJECT, problems);
        String id = f.id("id");
        Text name = f.text("name");
        Text summary = f.text("summary", name);
        String repository = f.string("repository", "");
        String url = f.string("url", "");
        Long stars = f.count("stars");
        List<String> languages = f.strings("languages");
        Level level = f.choice("level", Level.class);
        Integer difficulty = f.integer("difficulty", 1, 5);
        Integer rating = f.integer("rating", 1, 5);
        Effort effort = f.required("effort", this::effort);
        List<SkillLevel> teaches = f.list("teaches", this::skillLevel);
        List<Prerequisite> prerequisites = f.list("prerequisites", this::prerequisite);
        List<String> focus = f.strings("focus");
        List<String> adopters = f.strings("adopters");
        List<String> architecture = f.strings("architecture");
        List<String> features = f.strings("features");
        List<String> advice = f.strings("advice");
        List<Milestone> route = f.list("route", this::milestone);
        List<Contribution> contributions = f.list("contributions", this::contribution);
        return f.build(() -> new Project(id, name, summary, repository, url, stars, languages, level, difficulty,
                rating, effort, teaches, prerequisites, focus, adopters, architecture, features, advice, route,
                contributions));
    }

    private Effort effort(JsonNode value, String at) {
        Fields f = new Fields(value, at, EFFORT, problems);
        Effort.Unit unit = f.choice("unit", Effort.Unit.class);
        Range range = range(f);
        return f.build(() -> new Effort(unit, range));
    }

    private Range months(JsonNode value, String at) {
        Fields f = new Fields(value, at, RANGE, problems);
        Range range = range(f);
        return f.build(() -> range);
    }

    /** Reads "min" and "max", an open upper end when absent. */
    private static Range range(Fields f) {
        Double min = f.number("min", n -> n >= 0, "must be at least 0");
        Double max = f.number("max", n -> n >= 0, "must be at least 0", Double.POSITIVE_INFINITY);
        if (min == null || max == null) {
            return null;
        }
        if (min > max) {
            f.problem("max", "min " + Fields.format(min) + " is above max " + Fields.format(max));
            return null;
        }
        return new Range(min, max);
    }

    private SkillLevel skillLevel(JsonNode value, String at) {
        Fields f = new Fields(value, at, SKILL_LEVEL, problems);
        String skill = f.string("skill");
        Integer level = f.integer("level", 1, 5);
        return f.build(() -> new SkillLevel(skill, level));
    }

    private Prerequisite prerequisite(JsonNode value, String at) {
        Fields f = new Fields(value, at, PREREQUISITE, problems);
        String project = f.string("project");
        String reason = f.string("reason", "");
        return f.build(() -> new Prerequisite(project, reason));
    }

    private Milestone milestone(JsonNode value, String at) {
        Fields f = new Fields(value, at, MILESTONE, problems);
        Integer fromWeek = f.integer("fromWeek", 1, Integer.MAX_VALUE);
        Integer toWeek = f.integer("toWeek", 1, Integer.MAX_VALUE);
        if (fromWeek != null && toWeek != null && fromWeek > toWeek) {
            f.problem("toWeek", "fromWeek " + fromWeek + " is after toWeek " + toWeek);
        }
        Text title = f.text("title");
        List<String> topics = f.strings("topics");
        List<String> checklist = f.strings("checklist");
        return f.build(() -> new Milestone(fromWeek, toWeek, title, topics, checklist));
    }

    private Contribution contribution(JsonNode value, String at) {
        Fields f = new Fields(value, at, CONTRIBUTION, problems);
        Tier tier = f.choice("tier", Tier.class);
        Text idea = f.text("idea");
        return f.build(() -> new Contribution(tier, idea));
    }

    private Stage stage(JsonNode value, String at) {
        Fields f = new Fields(value, at, STAGE, problems);
        Integer number = f.integer("number", 1, Integer.MAX_VALUE);
        Text name = f.text("name");
        Range months = f.required("months", this::months);
        List<Stage.StageProject> projects = f.requiredList("projects", this::stageProject);
        return f.build(() -> new Stage(number, name, months, projects));
    }

    private Stage.StageProject stageProject(JsonNode value, String at) {
        Fields f = new Fields(value, at, STAGE_PROJECT, problems);
        String project = f.string("project");
        Text outcome = f.text("outcome");
        Boolean required = f.bool("required", false);
        return f.build(() -> new Stage.StageProject(project, outcome, required));
    }

    private Goal goal(JsonNode value, String at) {
        Fields f = new Fields(value, at, GOAL, problems);
        String id = f.id("id");
        Text name = f.text("name");
        List<String> aliases = f.strings("aliases");
        List<String> skills = f.strings("skills");
        List<String> projects = f.strings("projects");
        Integer difficulty = f.integer("difficulty", 1, 5);
        return f.build(() -> new Goal(id, name, aliases, skills, projects, difficulty));
    }

    private Section section(JsonNode value, String at) {
        Fields f = new Fields(value, at, SECTION, problems);
        Text title = f.text("title");
        List<String> items = f.requiredStrings("items");
        return f.build(() -> new Section(title, items));
    }
}
