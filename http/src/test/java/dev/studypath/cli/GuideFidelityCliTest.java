package dev.studypath.cli;

import static dev.studypath.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.studypath.format.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, fidelity to the guide on the command line. Expected values come from the guide
 * ({@code rust-projects-guide.zh.md}), not from the catalog file.
 */
class GuideFidelityCliTest {

    /** The text form had the stage, the JSON form did not. */
    @Test
    void catalogShowJson_hasTheStageAndTheStarsAsTheGuideStatesThem() {
        CliTest.Run run = run("catalog", "show", "tokio", "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode tokio = Json.parse(run.out());
        assertEquals(2, tokio.get("stage").asInt());
        assertEquals(25_000, tokio.get("stars").get("count").asLong());
        assertTrue(tokio.get("stars").get("atLeast").asBoolean());
        assertEquals("Pin 和 Unpin", tokio.get("route").get(0).get("topics").get(2).get("zh").asText());
    }

    @Test
    void catalogShow_keepsItsEnglishText_andMarksInferredSkills() {
        CliTest.Run run = run("catalog", "show", "clap");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("stars          13,000+\n"), run.out());
        assertTrue(run.out().contains("cli* "), run.out());
        assertTrue(run.out().contains("* a skill the catalog infers"), run.out());
        assertTrue(run.out().contains("  days 1-3: Days 1-3: basic usage"), run.out());
        assertTrue(run.out().contains("  days 4-7: "), run.out());
    }

    @Test
    void guide_listsTheGuidesSections_andShowsOneById() {
        CliTest.Run all = run("guide");
        assertEquals(0, all.code(), all.err());
        for (String title : List.of("学习策略", "贡献指南", "额外资源", "最后的建议")) {
            assertTrue(all.out().contains(title), title);
        }
        CliTest.Run strategy = run("guide", "strategy", "--json");
        assertEquals(0, strategy.code(), strategy.err());
        JsonNode sections = Json.parse(strategy.out()).get("sections");
        assertEquals(1, sections.size());
        assertEquals("学习策略", sections.get(0).get("title").get("zh").asText());
        assertEquals("修复 bug 提升能力", sections.get(0).get("items").get(4).get("zh").asText());
    }

    @Test
    void guide_unknownSection_exits2NamingTheKnownOnes() {
        CliTest.Run run = run("guide", "poetry");
        assertEquals(2, run.code());
        assertEquals("studypath: SECTION: unknown section 'poetry'; known: about, route, strategy, contributing, "
                + "resources, advice\n", run.err());
    }

    /** The guide's stage durations: 1-2, 2-3 and 3-6 months, stage 4 ongoing. */
    @Test
    void path_showsTheGuidesStageDurationBesideThePlansEstimate() {
        CliTest.Run run = run("path", "", "--hours", "10");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("the guide: 1-2 months\n"), run.out());
        assertTrue(run.out().contains("the guide: 2-3 months\n"), run.out());
        assertTrue(run.out().contains("the guide: 3-6 months\n"), run.out());
        assertTrue(run.out().contains("the guide: ongoing\n"), run.out());
        // Stage 1 is rustlings 2-3, ripgrep 2-4 and mini-redis 3-4 weeks at the guide's 10 h/week.
        assertTrue(run.out().contains("  1 Entry practice: 3 projects, about 7-11 weeks"), run.out());
    }
}
