package dev.studypath.dataset;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import dev.studypath.engine.model.Stars;
import dev.studypath.engine.model.Text;
import dev.studypath.engine.model.Tier;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Objects;

import static dev.studypath.dataset.Fields.or;

/**
 * Reads a catalog file in one pass: parses it into a JSON tree, checks the tree's shape field by
 * field, and wherever the file is still readable (every id and reference a string, every list an array,
 * wrong values standing in as neutral ones) builds the records and lets {@link Catalog#of} check ids,
 * references and cycles.
 */
final class CatalogReader {

    private static final Set<String> CATALOG = Set.of("$schema", "format", "id", "title", "language", "source",
            "baselineHoursPerWeek", "skills", "projects", "stages", "goals", "sections");
    private static final Set<String> SKILL = Set.of("id", "name", "aliases", "tier", "importance", "inferred");
    private static final Set<String> PROJECT = Set.of("id", "name", "summary", "repository", "url", "stars",
            "languages", "level", "difficulty", "rating", "effort", "teaches", "prerequisites", "focus", "adopters",
            "architecture", "features", "advice", "route", "contributions");
    private static final Set<String> EFFORT = Set.of("unit", "min", "max");
    private static final Set<String> RANGE = Set.of("min", "max");
    private static final Set<String> SKILL_LEVEL = Set.of("skill", "level");
    private static final Set<String> PREREQUISITE = Set.of("project", "reason");
    private static final Set<String> MILESTONE = Set.of("fromWeek", "toWeek", "fromDay", "toDay", "title", "topics",
            "checklist");
    private static final Set<String> STARS = Set.of("count", "atLeast");
    private static final Set<String> CONTRIBUTION = Set.of("tier", "idea");
    private static final Set<String> STAGE = Set.of("number", "name", "months", "projects", "choose", "note");
    private static final Set<String> STAGE_PROJECT = Set.of("project", "outcome", "required");
    private static final Set<String> GOAL = Set.of("id", "name", "aliases", "skills", "projects", "difficulty");
    private static final Set<String> SECTION = Set.of("id", "title", "items");

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    private static final Pointer PROJECTS = Pointer.ROOT.field("projects");

    /** Stand-ins for wrong values, in a file that is refused anyway (see {@link Fields#or}). */
    private static final Text NEUTRAL_TEXT = Text.of("?");
    private static final Effort NEUTRAL_EFFORT = Effort.weeks(1, 1);

    private final List<Problem> problems = new ArrayList<>();
    private final Fields.Strings strings;
    /** The projects, read while streaming the file, and the problems found in them; null until then. */
    private List<Project> streamedProjects;
    private List<Problem> streamedProblems;

    private CatalogReader(Fields.Strings strings) {
        this.strings = strings;
    }

    /**
     * The catalog in {@code in}, which is left open.
     *
     * @throws CatalogFileException with every problem found
     */
    static Catalog read(InputStream in, String source) {
        JsonNode root;
        CatalogReader reader = new CatalogReader(new Fields.Strings());
        try (JsonParser parser = MAPPER.createParser(in)) {
            root = reader.streamRoot(parser);
            if (root == null) {
                throw new CatalogFileException(source, List.of(new Problem("", Fields.message("json.noContent"))),
                        null);
            }
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new CatalogFileException(source, List.of(new Problem("", Fields.message("json.afterEnd",
                        at.getLineNr(), at.getColumnNr()))), null);
            }
        } catch (JsonProcessingException e) {
            throw new CatalogFileException(source, List.of(malformed(e)), e);
        } catch (IOException e) {
            throw unreadable(source, e);
        }
        Catalog catalog = reader.catalog(root);
        if (catalog == null) {
            throw new CatalogFileException(source, reader.problems, null);
        }
        return catalog;
    }

    /**
     * The document as a tree, except that the elements of a top-level "projects" array are turned
     * into projects one at a time as they are parsed, and the array is left empty in the tree: a
     * large catalog then never holds the JSON tree of all its projects at once. Returns null for an
     * empty document.
     */
    private JsonNode streamRoot(JsonParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return MAPPER.readTree(parser);
        }
        ObjectNode root = MAPPER.getNodeFactory().objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("projects") && value == JsonToken.START_ARRAY) {
                CatalogReader elements = new CatalogReader(strings);
                List<Project> projects = new ArrayList<>();
                for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
                    projects.add(elements.project(MAPPER.readTree(parser), PROJECTS.index(i)));
                }
                streamedProjects = projects;
                streamedProblems = elements.problems;
                root.set(name, root.arrayNode());
            } else {
                root.set(name, MAPPER.readTree(parser));
            }
        }
        return root;
    }

    /** The exception for a source that cannot be read at all. */
    static CatalogFileException unreadable(String source, IOException e) {
        Object reason = e instanceof NoSuchFileException ? Fields.message("read.noSuchFile")
                : e instanceof AccessDeniedException ? Fields.message("read.accessDenied")
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new CatalogFileException(source, List.of(new Problem("", Fields.message("read.cannot", source, reason))),
                e);
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
        // Jackson's own words for what it met stay as they are, inside the sentence of the answer's language.
        return new Problem(pointer, e.getLocation() == null ? Fields.message("json.malformed", what)
                : Fields.message("json.malformedAt", e.getLocation().getLineNr(), e.getLocation().getColumnNr(), what));
    }

    private Catalog catalog(JsonNode root) {
        JsonNode format = root.path("format");
        if (format.isNumber() && !(format.canConvertToExactIntegral() && format.asLong() == 1)) {
            // A later format may differ in anything, so its other fields are not this version's business.
            problems.add(new Problem("/format", Fields.message("format.unsupported", format.asText())));
            return null;
        }
        Fields f = new Fields(root, Pointer.ROOT, CATALOG, problems, strings);
        f.string("$schema", "");
        f.integer("format", 1, 1);
        String id = f.id("id");
        Text title = f.text("title");
        String language = f.string("language", "en");
        String source = f.string("source", "");
        Double hours = f.number("baselineHoursPerWeek", h -> h > 0 && h <= 168, Fields.message("rule.weekHours"));
        List<Skill> skills = f.list("skills", this::skill);
        List<Project> read = f.requiredList("projects", this::project);
        if (streamedProjects != null) {
            problems.addAll(streamedProblems);
        }
        List<Project> projects = streamedProjects != null ? streamedProjects : read;
        List<Stage> stages = f.list("stages", this::stage);
        List<Goal> goals = f.list("goals", this::goal);
        List<Section> sections = f.list("sections", this::section);
        // Runs the reference and cycle checks also past wrong values, wherever the file is still readable.
        Catalog catalog = f.build(() -> {
            try {
                return Catalog.of(id, or(title, NEUTRAL_TEXT), or(language, "en"), or(source, ""), or(hours, 1.0),
                        skills, projects, stages, goals, sections);
            } catch (InvalidCatalogException e) {
                problems.addAll(e.problems());
                return null;
            }
        });
        return problems.isEmpty() ? catalog : null;
    }

    private Skill skill(JsonNode value, Pointer at) {
        Fields f = new Fields(value, at, SKILL, problems, strings);
        String id = f.id("id");
        Text name = f.text("name");
        List<String> aliases = f.strings("aliases");
        Tier tier = f.choice("tier", Tier.class);
        Integer importance = f.integer("importance", 1, 5);
        Boolean inferred = f.bool("inferred", false);
        return f.build(() -> new Skill(id, or(name, NEUTRAL_TEXT), aliases, or(tier, Tier.BASIC), or(importance, 1),
                or(inferred, false)));
    }

    private Project project(JsonNode value, Pointer at) {
        Fields f = new Fields(value, at, PROJECT, problems, strings);
        String id = f.id("id");
        Text name = f.text("name");
        Text summary = f.prose("summary", name);
        String repository = f.string("repository", "");
        String url = f.string("url", "");
        Stars stars = f.optional("stars", (node, where) -> node.isObject() ? stars(node, where)
                : exactly(f.count(node, where)), Stars.UNKNOWN);
        List<String> languages = f.references("languages");
        Level level = f.choice("level", Level.class);
        Integer difficulty = f.integer("difficulty", 1, 5);
        Integer rating = f.integer("rating", 1, 5);
        Effort effort = f.required("effort", this::effort);
        List<SkillLevel> teaches = f.list("teaches", this::skillLevel);
        List<Prerequisite> prerequisites = f.list("prerequisites", this::prerequisite);
        List<Text> focus = f.proses("focus");
        List<Text> adopters = f.proses("adopters");
        List<Text> architecture = f.proses("architecture");
        List<Text> features = f.proses("features");
        List<Text> advice = f.proses("advice");
        List<Milestone> route = f.list("route", this::milestone);
        List<Contribution> contributions = f.list("contributions", this::contribution);
        return f.build(() -> new Project(id, or(name, NEUTRAL_TEXT), or(summary, NEUTRAL_TEXT), or(repository, ""),
                or(url, ""), or(stars, Stars.UNKNOWN), languages, or(level, Level.ENTRY), or(difficulty, 1),
                or(rating, 1), or(effort, NEUTRAL_EFFORT), teaches, prerequisites, focus, adopters, architecture,
                features, advice, route, contributions));
    }

    private Effort effort(JsonNode value, Pointer at) {
        Fields f = new Fields(value, at, EFFORT, problems, strings);
        Effort.Unit unit = f.choice("unit", Effort.Unit.class);
        Range range = range(f);
        return f.build(() -> new Effort(unit, range));
    }

    private Range months(JsonNode value, Pointer at) {
        Fields f = new Fields(value, at, RANGE, problems, strings);
        Range range = range(f);
        return f.build(() -> range);
    }

    /** Reads "min" and "max", an open upper end when absent. */
    private static Range range(Fields f) {
        Double min = f.number("min", n -> n >= 0, Fields.message("rule.atLeast", "0"));
        Double max = f.number("max", n -> n >= 0, Fields.message("rule.atLeast", "0"), Double.POSITIVE_INFINITY);
        if (min == null || max == null) {
            return null;
        }
        if (min > max) {
            f.problem("max", "range.minAboveMax", min, max);
            return null;
        }
        return new Range(min, max);
    }

    private SkillLevel skillLevel(JsonNode value, Pointer at) {
        Fields f = new Fields(value, at, SKILL_LEVEL, problems, strings);
        String skill = f.reference("skill");
        Integer level = f.integer("level", 1, 5);
        return f.build(() -> new SkillLevel(skill, or(level, 1)));
    }

    private Prerequisite prerequisite(JsonNode value, Pointer at) {
        Fields f = new Fields(value, at, PREREQUISITE, problems, strings);
        String project = f.reference("project");
        Text reason = f.prose("reason", Text.EMPTY);
        return f.build(() -> new Prerequisite(project, or(reason, Text.EMPTY)));
    }

    private Milestone milestone(JsonNode value, Pointer at) {
        Fields f = new Fields(value, at, MILESTONE, problems, strings);
        boolean days = f.has("fromDay") || f.has("toDay");
        if (days && (f.has("fromWeek") || f.has("toWeek"))) {
            f.problem(f.has("fromWeek") ? "fromWeek" : "toWeek", "milestone.weeksAndDays");
        }
        String unit = days ? "Day" : "Week";
        Integer from = f.integer("from" + unit, 1, Integer.MAX_VALUE);
        Integer to = f.integer("to" + unit, 1, Integer.MAX_VALUE);
        if (from != null && to != null && from > to) {
            f.problem("to" + unit, "milestone.fromAfterTo", "from" + unit, from, "to" + unit, to);
        }
        Text title = f.text("title");
        List<Text> topics = f.proses("topics");
        List<Text> checklist = f.proses("checklist");
        return f.build(() -> new Milestone(days ? Milestone.Unit.DAYS : Milestone.Unit.WEEKS, or(from, 1),
                Math.max(or(from, 1), or(to, 1)), or(title, NEUTRAL_TEXT), topics, checklist));
    }

    private static Stars exactly(Long count) {
        return count == null ? null : Stars.of(count);
    }

    /** {"count": n, "atLeast": true} for the source's "n+". */
    private Stars stars(JsonNode value, Pointer at) {
        Fields f = new Fields(value, at, STARS, problems, strings);
        Long count = f.required("count", f::count);
        Boolean atLeast = f.bool("atLeast", false);
        return f.build(() -> new Stars(count, atLeast));
    }

    private Contribution contribution(JsonNode value, Pointer at) {
        Fields f = new Fields(value, at, CONTRIBUTION, problems, strings);
        Tier tier = f.choice("tier", Tier.class);
        Text idea = f.text("idea");
        return f.build(() -> new Contribution(or(tier, Tier.BASIC), or(idea, NEUTRAL_TEXT)));
    }

    private Stage stage(JsonNode value, Pointer at) {
        Fields f = new Fields(value, at, STAGE, problems, strings);
        Integer number = f.integer("number", 1, Integer.MAX_VALUE);
        Text name = f.text("name");
        Range months = f.required("months", this::months);
        List<Stage.StageProject> projects = f.requiredList("projects", this::stageProject);
        int size = projects == null ? Integer.MAX_VALUE : projects.size();
        Integer choose = f.integer("choose", 0, size, 0);
        Text note = f.prose("note", Text.EMPTY);
        return f.build(() -> new Stage(number, or(name, NEUTRAL_TEXT), or(months, Range.atLeast(0)), projects,
                or(choose, 0), or(note, Text.EMPTY)));
    }

    private Stage.StageProject stageProject(JsonNode value, Pointer at) {
        Fields f = new Fields(value, at, STAGE_PROJECT, problems, strings);
        String project = f.reference("project");
        Text outcome = f.text("outcome");
        Boolean required = f.bool("required", false);
        return f.build(() -> new Stage.StageProject(project, or(outcome, NEUTRAL_TEXT), or(required, false)));
    }

    private Goal goal(JsonNode value, Pointer at) {
        Fields f = new Fields(value, at, GOAL, problems, strings);
        String id = f.id("id");
        Text name = f.text("name");
        List<String> aliases = f.strings("aliases");
        List<String> skills = f.references("skills");
        List<String> projects = f.references("projects");
        Integer difficulty = f.integer("difficulty", 1, 5);
        return f.build(() -> new Goal(id, or(name, NEUTRAL_TEXT), aliases, skills, projects, or(difficulty, 1)));
    }

    private Section section(JsonNode value, Pointer at) {
        Fields f = new Fields(value, at, SECTION, problems, strings);
        String id = f.has("id") ? f.id("id") : "";
        Text title = f.text("title");
        List<Text> items = f.requiredList("items", f::prose);
        return f.build(() -> new Section(id, or(title, NEUTRAL_TEXT), items));
    }
}
