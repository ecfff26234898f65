package dev.studypath.dataset;

import dev.studypath.engine.model.Catalog;
import dev.studypath.engine.model.Effort;
import dev.studypath.engine.model.Level;
import dev.studypath.engine.model.Milestone;
import dev.studypath.engine.model.Prerequisite;
import dev.studypath.engine.model.Problem;
import dev.studypath.engine.model.Project;
import dev.studypath.engine.model.Range;
import dev.studypath.engine.model.SkillLevel;
import dev.studypath.engine.model.Stage;
import dev.studypath.engine.model.Stars;
import dev.studypath.engine.model.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class CatalogsTest {

    private static final String FIXTURES = "/dev/studypath/dataset/";

    // ---- valid files

    @Test
    void load_fullFixture_mapsEveryField() {
        Catalog catalog = Catalogs.load(fixture("valid/full.json"));

        assertEquals("rust-sample", catalog.id());
        assertEquals(Text.of("Rust projects to learn from", "值得学习的 Rust 项目"), catalog.title());
        assertEquals("zh", catalog.language());
        assertEquals(12.5, catalog.baselineHoursPerWeek());
        assertEquals(List.of("cli", "async"), catalog.skills().stream().map(s -> s.id()).toList());
        Project ripgrep = catalog.project("ripgrep").orElseThrow();
        assertEquals(Text.of("A fast, recursive grep.", "快速的递归搜索工具。"), ripgrep.summary());
        assertEquals(Stars.of(50_000), ripgrep.stars());
        assertEquals(Effort.weeks(2, 3.5), ripgrep.effort());
        assertEquals(List.of(new SkillLevel("cli", 3)), ripgrep.teaches());
        assertEquals(new Milestone(2, 3, Text.of("Search internals"), List.of(), List.of()), ripgrep.route().get(1));
        Project tokio = catalog.project("tokio").orElseThrow();
        assertEquals(Level.PRODUCTION, tokio.level());
        assertEquals(new Effort(Effort.Unit.HOURS, Range.atLeast(120)), tokio.effort());
        assertEquals(List.of(new Prerequisite("ripgrep", "Comfort with real Rust code first")), tokio.prerequisites());
        assertEquals(new Stage(2, Text.of("Going deeper"), Range.atLeast(3),
                List.of(new Stage.StageProject("tokio", Text.of("Master async basics"), false))), catalog.stages().get(1));
        assertEquals(List.of("tokio"), catalog.goal("learn-async").orElseThrow().projects());
        assertEquals(List.of(Text.of("Read code before writing it."), Text.of("Contribute early.")),
                catalog.sections().get(0).items());
    }

    @Test
    void load_bilingualFixture_readsEveryTextInEitherOrBothLanguages() {
        Catalog catalog = Catalogs.load(fixture("valid/bilingual.json"));

        assertEquals(Text.of("", "双语目录"), catalog.title());
        assertEquals("双语目录", catalog.title().english());
        assertEquals(true, catalog.skills().get(0).inferred());
        Project clap = catalog.project("clap").orElseThrow();
        assertEquals(Text.of("", "最流行的命令行参数解析库。"), clap.summary());
        assertEquals(Stars.atLeast(13_000), clap.stars());
        assertEquals(List.of(Text.of("derive macros", "派生宏")), clap.focus());
        assertEquals(List.of(Text.of("ripgrep")), clap.adopters());
        assertEquals(List.of(Text.of("", "builder/：构建器模式")), clap.architecture());
        assertEquals(new Milestone(Milestone.Unit.DAYS, 1, 3, Text.of("Basics", "基础使用"),
                List.of(Text.of("derive API", "派生 API")), List.of(Text.of("A first CLI"))), clap.route().get(0));
        assertEquals(List.of(1, 1, 1, 1), List.of(clap.route().get(0).fromWeek(), clap.route().get(0).toWeek(),
                clap.route().get(1).fromWeek(), clap.route().get(1).toWeek()));
        Project tool = catalog.project("tool").orElseThrow();
        assertEquals(Stars.of(120), tool.stars());
        assertEquals(List.of(new Prerequisite("clap", Text.of("Parse arguments first", "先学会解析参数"))),
                tool.prerequisites());
        Stage stage = catalog.stages().get(0);
        assertEquals(1, stage.choose());
        assertEquals(List.of("clap"), stage.chosen().stream().map(Stage.StageProject::project).toList());
        assertEquals(Text.of("or another production-level project", "或其他生产级项目"), stage.note());
        assertEquals(List.of(Text.of("Write a lot of code", "多写代码"), Text.of("Be patient")),
                catalog.section("advice").orElseThrow().items());
    }

    @Test
    void read_emptyOrBlankTextInAnyLanguage_isRefusedWithItsPointer() {
        assertProblems("""
                {"format": 1, "id": "t", "title": {"zh": ""}, "baselineHoursPerWeek": 10, "projects": [
                  {"id": "a", "name": {}, "summary": " ", "level": "entry", "difficulty": 2, "rating": 3,
                   "effort": {"unit": "weeks", "min": 1}, "features": ["", {"en": "ok", "zh": " "}], "focus": [3]}],
                 "sections": [{"title": {"en": "S"}, "items": [{"en": "", "zh": "说明"}]}]}
                """,
                problem("/title/zh", "must not be blank, was ''"),
                problem("/projects/0/name", "must give the text in at least one language: en, zh"),
                problem("/projects/0/summary", "must not be blank, was ' '"),
                problem("/projects/0/focus/0", "must be a string or an object with en, zh, was a number"),
                problem("/projects/0/features/0", "must not be blank, was ''"),
                problem("/projects/0/features/1/zh", "must not be blank, was ' '"),
                problem("/sections/0/items/0/en", "must not be blank, was ''"));
    }

    @Test
    void read_milestoneInWeeksAndDays_isRefused() {
        assertProblems(catalog("""
                {"id": "a", "name": {"en": "A"}, "level": "entry", "difficulty": 2, "rating": 3,
                 "effort": {"unit": "weeks", "min": 1},
                 "route": [{"fromWeek": 1, "toDay": 3, "title": {"en": "R"}},
                           {"fromDay": 5, "toDay": 4, "title": {"en": "S"}}]}"""),
                problem("/projects/0/route/0/fromWeek", "a milestone counts in weeks or in days, not both"),
                problem("/projects/0/route/0", "missing required field 'fromDay'"),
                problem("/projects/0/route/1/toDay", "fromDay 5 is after toDay 4"));
    }

    @Test
    void read_starsAndChoiceOutOfRange_areRefused() {
        assertProblems("""
                {"format": 1, "id": "t", "title": {"en": "T"}, "baselineHoursPerWeek": 10, "projects": [
                  {"id": "a", "name": {"en": "A"}, "level": "entry", "difficulty": 2, "rating": 3,
                   "effort": {"unit": "weeks", "min": 1}, "stars": {"atLeast": true}},
                  {"id": "b", "name": {"en": "B"}, "level": "entry", "difficulty": 2, "rating": 3,
                   "effort": {"unit": "weeks", "min": 1}, "stars": {"count": -5, "atLeast": "yes"}}],
                 "stages": [{"number": 1, "name": {"en": "S"}, "months": {"min": 1}, "choose": 2,
                             "projects": [{"project": "a", "outcome": {"en": "O"}}]}],
                 "sections": [{"id": "x", "title": {"en": "X"}, "items": []},
                              {"id": "x", "title": {"en": "Y"}, "items": []}]}
                """,
                problem("/projects/0/stars", "missing required field 'count'"),
                problem("/projects/1/stars/count", "must be at least 0, was -5"),
                problem("/projects/1/stars/atLeast", "must be a boolean, was a string"),
                problem("/stages/0/choose", "must be between 0 and 1, was 2"),
                problem("/sections/1/id", "duplicate section id 'x' (first at /sections/0)"));
    }

    @Test
    void load_minimalFixture_fillsInTheDefaults() {
        Catalog catalog = Catalogs.load(fixture("valid/minimal.json"));

        assertEquals("en", catalog.language());
        assertEquals("", catalog.source());
        assertEquals(List.of(), catalog.skills());
        assertEquals(List.of(), catalog.stages());
        Project ripgrep = catalog.projects().get(0);
        assertEquals(ripgrep.name(), ripgrep.summary());
        assertEquals("", ripgrep.repository());
        assertEquals(Stars.UNKNOWN, ripgrep.stars());
        assertEquals(new Effort(Effort.Unit.WEEKS, Range.atLeast(2)), ripgrep.effort());
        assertEquals(List.of(), ripgrep.prerequisites());
    }

    @ParameterizedTest
    @ValueSource(strings = {"valid/full.json", "valid/bilingual.json"})
    void toJson_validFixture_writesTheFileBackByteForByte(String name) throws IOException {
        Path file = fixture(name);

        assertEquals(Files.readString(file), Catalogs.toJson(Catalogs.load(file)));
    }

    @Test
    void toJson_minimalFixture_leavesDefaultsAndTheOpenMaxOut() {
        assertEquals("""
                {
                  "format": 1,
                  "id": "minimal",
                  "title": {
                    "en": "Minimal"
                  },
                  "baselineHoursPerWeek": 10,
                  "projects": [
                    {
                      "id": "ripgrep",
                      "name": {
                        "en": "ripgrep"
                      },
                      "level": "entry",
                      "difficulty": 2,
                      "rating": 5,
                      "effort": {
                        "unit": "weeks",
                        "min": 2
                      }
                    }
                  ]
                }
                """, Catalogs.toJson(Catalogs.load(fixture("valid/minimal.json"))));
    }

    @Test
    void readResource_withOrWithoutLeadingSlash_readsTheSameCatalog() {
        Catalog absolute = Catalogs.readResource(FIXTURES + "valid/full.json");
        Catalog relative = Catalogs.readResource("dev/studypath/dataset/valid/full.json");

        assertEquals(Catalogs.toJson(absolute), Catalogs.toJson(relative));
    }

    @Test
    void readResource_missing_throwsNamingTheResource() {
        CatalogFileException e = assertThrows(CatalogFileException.class,
                () -> Catalogs.readResource("/no/such.json"));

        assertEquals("/no/such.json: 1 problem\ncannot read /no/such.json: no such classpath resource",
                e.getMessage());
    }

    @Test
    void read_leavesTheStreamOpen() throws IOException {
        class Stream extends ByteArrayInputStream {
            boolean closed;

            Stream(byte[] bytes) {
                super(bytes);
            }

            @Override
            public void close() {
                closed = true;
            }
        }
        try (Stream in = new Stream(Files.readAllBytes(fixture("valid/minimal.json")))) {
            Catalogs.read(in, "minimal.json");
            assertTrue(!in.closed, "read closed the stream");
        }
    }

    @Test
    void bundled_loadsOnceAndSharesTheCatalog() {
        assumeTrue(Catalogs.class.getResource(FIXTURES + "rust-guide.json") != null, "no bundled catalog yet");

        assertSame(Catalogs.bundled(), Catalogs.bundled());
    }

    // ---- validate(Path)

    @Test
    void validate_validFile_returnsNoProblems() {
        assertEquals(List.of(), Catalogs.validate(fixture("valid/full.json")));
    }

    @Test
    void validate_missingFile_returnsOneProblemNamingTheFile(@TempDir Path dir) {
        Path missing = dir.resolve("missing.json");

        assertEquals(List.of(problem("", "cannot read " + missing + ": no such file")),
                lines(Catalogs.validate(missing)));
    }

    @Test
    void validate_directory_returnsOneProblemNamingIt(@TempDir Path dir) {
        List<Problem> problems = Catalogs.validate(dir);

        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().startsWith("cannot read " + dir + ": "), problems.toString());
    }

    @Test
    void validate_brokenFile_returnsItsProblemsWithoutThrowing() {
        assertEquals(List.of(problem("/projects/0/level", "must be one of entry, intermediate, production,"
                + " was 'beginner'")), lines(Catalogs.validate(fixture("broken/bad-enum.json"))));
    }

    @Test
    void load_brokenFile_throwsWithTheFileAsSource() {
        Path file = fixture("broken/unknown-field.json");

        CatalogFileException e = assertThrows(CatalogFileException.class, () -> Catalogs.load(file));

        assertEquals(file.toString(), e.source());
        assertEquals(file + ": 1 problem\n/projects/0/colour: unknown field 'colour'", e.getMessage());
    }

    // ---- malformed JSON

    @Test
    void read_syntaxError_reportsLineAndColumn() {
        assertProblems("""
                {
                  "format": 1,
                }
                """, problem("", "malformed JSON at line 3, column 1: unexpected character '}':"
                + " was expecting double-quote to start field name"));
    }

    @Test
    void read_duplicateKey_reportsTheFieldAndTheObjectItIsIn() {
        assertProblems("""
                {"format": 1, "id": "t", "title": {"en": "T"}, "baselineHoursPerWeek": 10,
                 "projects": [{"id": "a", "id": "b"}]}
                """, problem("/projects/0", "malformed JSON at line 2, column 31: duplicate field 'id'"));
    }

    @Test
    void read_contentAfterTheDocument_isMalformed() {
        assertProblems("{} []", problem("", "malformed JSON at line 1, column 4: content after the end"
                + " of the document"));
    }

    @Test
    void read_nothing_isMalformed() {
        assertProblems("  \n", problem("", "malformed JSON: no content"));
    }

    @Test
    void read_unclosedObject_reportsEndOfInput() {
        assertProblems("{\"format\": 1", problem("", "malformed JSON at line 1, column 13:"
                + " unexpected end-of-input: expected close marker for Object (start marker at line 1, column 1)"));
    }

    @Test
    void read_deeplyNestedInput_isMalformedRatherThanAStackOverflow() {
        assertProblems("{\"format\": " + "[".repeat(2000), problem("",
                "malformed JSON: document nesting depth (1001) exceeds the maximum allowed (1000)"));
    }

    // ---- shape

    @Test
    void read_array_mustBeAnObject() {
        assertProblems("[]", problem("", "must be an object, was an array"));
    }

    @Test
    void read_unknownField_reportsPointerToIt() {
        assertProblems(catalog("""
                {"id": "a", "name": {"en": "A"}, "level": "entry", "difficulty": 2, "rating": 3,
                 "effort": {"unit": "weeks", "min": 1}, "colour": "red"}"""),
                problem("/projects/0/colour", "unknown field 'colour'"));
    }

    @Test
    void read_unknownFieldWithSlashAndTilde_escapesThePointer() {
        assertProblems("""
                {"format": 1, "id": "t", "title": {"en": "T", "a/b~c": ""}, "baselineHoursPerWeek": 10,
                 "projects": []}
                """, problem("/title/a~1b~0c", "unknown field 'a/b~c'"));
    }

    @Test
    void read_missingRequiredField_reportsTheObject() {
        assertProblems(catalog("""
                {"id": "a", "name": {"en": "A"}, "level": "entry", "rating": 3,
                 "effort": {"unit": "weeks", "min": 1}}"""),
                problem("/projects/0", "missing required field 'difficulty'"));
    }

    @Test
    void read_stringForInteger_reportsTheType() {
        assertProblems(catalog("""
                {"id": "a", "name": {"en": "A"}, "level": "entry", "difficulty": "2", "rating": 3,
                 "effort": {"unit": "weeks", "min": 1}}"""),
                problem("/projects/0/difficulty", "must be an integer, was a string"));
    }

    @Test
    void read_fractionForInteger_reportsTheValue() {
        assertProblems(catalog("""
                {"id": "a", "name": {"en": "A"}, "level": "entry", "difficulty": 2.5, "rating": 3,
                 "effort": {"unit": "weeks", "min": 1}}"""),
                problem("/projects/0/difficulty", "must be an integer, was 2.5"));
    }

    @Test
    void read_wrongTypes_nameTheExpectedAndActualType() {
        assertProblems("""
                {"format": 1, "id": "t", "title": "T", "source": 3, "baselineHoursPerWeek": "10",
                 "skills": {}, "projects": [], "sections": [{"title": {"en": "S"}, "items": [1, null]}]}
                """,
                problem("/title", "must be an object, was a string"),
                problem("/source", "must be a string, was a number"),
                problem("/baselineHoursPerWeek", "must be a number, was a string"),
                problem("/skills", "must be an array, was an object"),
                problem("/sections/0/items/0", "must be a string or an object with en, zh, was a number"),
                problem("/sections/0/items/1", "must be a string or an object with en, zh, was null"));
    }

    @Test
    void read_stringForBoolean_reportsTheType() {
        assertProblems("""
                {"format": 1, "id": "t", "title": {"en": "T"}, "baselineHoursPerWeek": 10, "projects": [],
                 "stages": [{"number": 1, "name": {"en": "S"}, "months": {"min": 1}, "projects": [
                   {"project": "a", "outcome": {"en": "O"}, "required": "yes"}]}]}
                """, problem("/stages/0/projects/0/required", "must be a boolean, was a string"),
                problem("/stages/0/projects/0/project", "unknown project 'a'"));
    }

    @Test
    void read_unknownEnumValue_listsTheAllowedValues() {
        assertProblems(catalog("""
                {"id": "a", "name": {"en": "A"}, "level": "beginner", "difficulty": 2, "rating": 3,
                 "effort": {"unit": "days", "min": 1}}"""),
                problem("/projects/0/level", "must be one of entry, intermediate, production, was 'beginner'"),
                problem("/projects/0/effort/unit", "must be one of weeks, hours, was 'days'"));
    }

    @Test
    void read_upperCaseEnumValue_isRejected() {
        assertProblems(catalog("""
                {"id": "a", "name": {"en": "A"}, "level": "ENTRY", "difficulty": 2, "rating": 3,
                 "effort": {"unit": "weeks", "min": 1}}"""),
                problem("/projects/0/level", "must be one of entry, intermediate, production, was 'ENTRY'"));
    }

    @Test
    void read_scoreOutOfRange_reportsTheRangeAndValue() {
        assertProblems(catalog("""
                {"id": "a", "name": {"en": "A"}, "level": "entry", "difficulty": 7, "rating": 0,
                 "effort": {"unit": "weeks", "min": 1}}"""),
                problem("/projects/0/difficulty", "must be between 1 and 5, was 7"),
                problem("/projects/0/rating", "must be between 1 and 5, was 0"));
    }

    @Test
    void read_negativeAmounts_areRejected() {
        assertProblems(catalog("""
                {"id": "a", "name": {"en": "A"}, "stars": -1, "level": "entry", "difficulty": 2, "rating": 3,
                 "effort": {"unit": "weeks", "min": -0.5}}"""),
                problem("/projects/0/stars", "must be at least 0, was -1"),
                problem("/projects/0/effort/min", "must be at least 0, was -0.5"));
    }

    @Test
    void read_baselineHoursOutOfRange_reportsTheRule() {
        assertProblems("""
                {"format": 1, "id": "t", "title": {"en": "T"}, "baselineHoursPerWeek": 200, "projects": []}
                """, problem("/baselineHoursPerWeek", "must be more than 0 and at most 168, was 200"));
    }

    @Test
    void read_effortMinAboveMax_reportsBoth() {
        assertProblems(catalog("""
                {"id": "a", "name": {"en": "A"}, "level": "entry", "difficulty": 2, "rating": 3,
                 "effort": {"unit": "weeks", "min": 5, "max": 3}}"""),
                problem("/projects/0/effort/max", "min 5 is above max 3"));
    }

    @Test
    void read_stageMonthsMinAboveMax_reportsBoth() {
        assertProblems("""
                {"format": 1, "id": "t", "title": {"en": "T"}, "baselineHoursPerWeek": 10, "projects": [],
                 "stages": [{"number": 0, "name": {"en": "S"}, "months": {"min": 2.5, "max": 1}, "projects": []}]}
                """,
                problem("/stages/0/number", "must be at least 1, was 0"),
                problem("/stages/0/months/max", "min 2.5 is above max 1"));
    }

    @Test
    void read_milestoneEndingBeforeItStarts_isRejected() {
        assertProblems(catalog("""
                {"id": "a", "name": {"en": "A"}, "level": "entry", "difficulty": 2, "rating": 3,
                 "effort": {"unit": "weeks", "min": 1},
                 "route": [{"fromWeek": 3, "toWeek": 2, "title": {"en": "R"}}]}"""),
                problem("/projects/0/route/0/toWeek", "fromWeek 3 is after toWeek 2"));
    }

    @Test
    void read_unsupportedFormat_reportsOnlyThat() {
        assertProblems("""
                {"format": 2, "id": "t", "catalogue": {}}
                """, problem("/format", "unsupported format 2; this version reads format 1"));
    }

    @Test
    void read_missingFormat_isAMissingField() {
        assertProblems("""
                {"id": "t", "title": {"en": "T"}, "baselineHoursPerWeek": 10, "projects": []}
                """, problem("", "missing required field 'format'"));
    }

    @Test
    void read_blankOrSpacedIds_areRejected() {
        assertProblems("""
                {"format": 1, "id": " ", "title": {"en": "T"}, "baselineHoursPerWeek": 10, "projects": [],
                 "skills": [{"id": "async io", "name": {"en": "S"}, "tier": "basic", "importance": 1}]}
                """,
                problem("/id", "must be a non-blank id without white space, was ' '"),
                problem("/skills/0/id", "must be a non-blank id without white space, was 'async io'"));
    }

    @Test
    void read_blankEnglishText_isRejected() {
        assertProblems("""
                {"format": 1, "id": "t", "title": {"en": " ", "zh": "标题"}, "baselineHoursPerWeek": 10,
                 "projects": []}
                """, problem("/title/en", "must not be blank, was ' '"));
    }

    // ---- what Catalog.of checks

    @Test
    void load_unknownPrerequisite_reportsPointerAndMessage() {
        assertProblems(catalog("""
                {"id": "a", "name": {"en": "A"}, "level": "entry", "difficulty": 2, "rating": 3,
                 "effort": {"unit": "weeks", "min": 1}, "prerequisites": [{"project": "nope"}]}"""),
                problem("/projects/0/prerequisites/0/project", "unknown project 'nope'"));
    }

    @Test
    void read_duplicateProjectIds_pointToTheSecond() {
        assertProblems(catalog("""
                {"id": "a", "name": {"en": "A"}, "level": "entry", "difficulty": 2, "rating": 3,
                 "effort": {"unit": "weeks", "min": 1}},
                {"id": "a", "name": {"en": "B"}, "level": "entry", "difficulty": 2, "rating": 3,
                 "effort": {"unit": "weeks", "min": 1}}"""),
                problem("/projects/1/id", "duplicate project id 'a' (first at /projects/0)"));
    }

    @Test
    void read_unknownSkillsInTeachesAndGoals_areReported() {
        assertProblems("""
                {"format": 1, "id": "t", "title": {"en": "T"}, "baselineHoursPerWeek": 10,
                 "projects": [{"id": "a", "name": {"en": "A"}, "level": "entry", "difficulty": 2, "rating": 3,
                               "effort": {"unit": "weeks", "min": 1}, "teaches": [{"skill": "rust", "level": 2}]}],
                 "goals": [{"id": "g", "name": {"en": "G"}, "skills": ["rust"], "difficulty": 1}]}
                """,
                problem("/projects/0/teaches/0/skill", "unknown skill 'rust'"),
                problem("/goals/0/skills/0", "unknown skill 'rust'"));
    }

    @Test
    void read_prerequisiteCycle_namesItsIdsInOrder() {
        assertProblems(catalog("""
                {"id": "a", "name": {"en": "A"}, "level": "entry", "difficulty": 2, "rating": 3,
                 "effort": {"unit": "weeks", "min": 1}, "prerequisites": [{"project": "b"}]},
                {"id": "b", "name": {"en": "B"}, "level": "entry", "difficulty": 2, "rating": 3,
                 "effort": {"unit": "weeks", "min": 1}, "prerequisites": [{"project": "a"}]}"""),
                problem("/projects/1/prerequisites/0/project", "prerequisite cycle: a -> b -> a"
                        + " (each needs the next)"));
    }

    /** Issue 12: a value out of range no longer hides the reference and cycle problems after it. */
    @Test
    void read_valuesOutOfRange_stillGetTheReferenceAndCycleChecks() {
        assertProblems(catalog("""
                {"id": "a", "name": {"en": " "}, "level": "expert", "difficulty": 9, "rating": 3,
                 "effort": {"unit": "weeks", "min": 3, "max": 1}, "prerequisites": [{"project": "nope"}]},
                {"id": "b", "name": {"en": "B"}, "level": "entry", "difficulty": 2, "rating": 3,
                 "effort": {"unit": "weeks", "min": 1}, "prerequisites": [{"project": "c"}],
                 "route": [{"fromWeek": 3, "toWeek": 2, "title": {"en": "R"}}]},
                {"id": "c", "name": {"en": "C"}, "level": "entry", "difficulty": 2, "rating": 6,
                 "effort": {"unit": "weeks", "min": 1}, "prerequisites": [{"project": "b"}]}"""),
                problem("/projects/0/name/en", "must not be blank, was ' '"),
                problem("/projects/0/level", "must be one of entry, intermediate, production, was 'expert'"),
                problem("/projects/0/difficulty", "must be between 1 and 5, was 9"),
                problem("/projects/0/effort/max", "min 3 is above max 1"),
                problem("/projects/1/route/0/toWeek", "fromWeek 3 is after toWeek 2"),
                problem("/projects/2/rating", "must be between 1 and 5, was 6"),
                problem("/projects/0/prerequisites/0/project", "unknown project 'nope'"),
                problem("/projects/2/prerequisites/0/project", "prerequisite cycle: b -> c -> b"
                        + " (each needs the next)"));
    }

    @Test
    void read_aListOfTheWrongType_holdsBackTheReferenceChecks() {
        // With "teaches" unreadable, every project that names a skill would otherwise look wrong too.
        assertProblems("""
                {"format": 1, "id": "t", "title": {"en": "T"}, "baselineHoursPerWeek": 10, "skills": {},
                 "projects": [{"id": "a", "name": {"en": "A"}, "level": "entry", "difficulty": 2, "rating": 3,
                               "effort": {"unit": "weeks", "min": 1}, "teaches": [{"skill": "rust", "level": 2}],
                               "prerequisites": [{"project": "nope"}]}]}
                """, problem("/skills", "must be an array, was an object"));
    }

    // ---- many problems at once

    @Test
    void read_severalProblems_reportsAllInDocumentOrder() {
        String json = """
                {"format": 1, "id": "t", "title": {"en": "T"}, "baselineHoursPerWeek": 0, "colour": "red",
                 "skills": [{"id": "s", "name": {"en": "S"}, "tier": "expert", "importance": 6}],
                 "projects": [
                   {"id": "a", "name": {"en": "A"}, "level": "entry", "difficulty": 2,
                    "effort": {"unit": "weeks", "min": 4, "max": 2}},
                   {"id": "b", "name": {}, "level": "entry", "difficulty": 2, "rating": 3,
                    "effort": {"unit": "weeks", "min": 1}, "teaches": [{"skill": "s"}]}
                 ]}
                """;
        CatalogFileException e = assertThrows(CatalogFileException.class, () -> read(json));

        assertEquals("""
                test.json: 8 problems
                /colour: unknown field 'colour'
                /baselineHoursPerWeek: must be more than 0 and at most 168, was 0
                /skills/0/tier: must be one of basic, intermediate, advanced, was 'expert'
                /skills/0/importance: must be between 1 and 5, was 6
                /projects/0: missing required field 'rating'
                /projects/0/effort/max: min 4 is above max 2
                /projects/1/name: must give the text in at least one language: en, zh
                /projects/1/teaches/0: missing required field 'level'""", e.getMessage());
    }

    private static String catalog(String projects) {
        return """
                {"format": 1, "id": "t", "title": {"en": "T"}, "baselineHoursPerWeek": 10,
                 "projects": [%s]}
                """.formatted(projects);
    }

    /** A problem's line as the command line prints it in English: {@code POINTER: message}. */
    private static String problem(String pointer, String message) {
        return pointer.isEmpty() ? message : pointer + ": " + message;
    }

    private static List<String> lines(List<Problem> problems) {
        return problems.stream().map(Problem::toString).toList();
    }

    private static void assertProblems(String json, String... expected) {
        CatalogFileException e = assertThrows(CatalogFileException.class, () -> read(json));
        assertEquals(List.of(expected), lines(e.problems()));
        assertEquals("test.json", e.source());
    }

    private static Catalog read(String json) {
        InputStream in = new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
        return Catalogs.read(in, "test.json");
    }

    static Path fixture(String name) {
        try {
            return Path.of(Objects.requireNonNull(CatalogsTest.class.getResource(FIXTURES + name), name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
