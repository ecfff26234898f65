package dev.studypath.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.studypath.engine.model.Catalog;
import dev.studypath.engine.model.Range;
import dev.studypath.engine.model.SkillLevel;
import dev.studypath.engine.model.Stage;
import dev.studypath.engine.model.Stage.StageProject;
import dev.studypath.engine.model.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: a stage may say "one of these" (the guide's stage 4: Firecracker, Servo, or another
 * production project); the whole route then takes one, not all, unless asked for every project.
 */
class StageChoiceTest {

    /** basics in stage 1; stage 2 offers "vm" (difficulty 4), "web" and "game" (difficulty 5), choose 1. */
    private static final Catalog CATALOG = Catalog.of("choice", Text.of("Choice"), "en", "tests", 10,
            List.of(Fixtures.skill("syntax", "syntax", "语法")),
            List.of(Fixtures.project("basics", 2, 5, 1, 2, List.of(new SkillLevel("syntax", 2))),
                    Fixtures.project("vm", 4, 5, 4, 8, List.of(), "basics"),
                    Fixtures.project("web", 5, 5, 4, 8, List.of(), "basics"),
                    Fixtures.project("game", 5, 5, 4, 8, List.of(), "basics")),
            List.of(new Stage(1, Text.of("entry"), new Range(1, 2),
                            List.of(new StageProject("basics", Text.of("syntax"), true))),
                    new Stage(2, Text.of("specialise"), Range.atLeast(0), List.of(
                            new StageProject("vm", Text.of("systems"), false),
                            new StageProject("web", Text.of("browsers"), false),
                            new StageProject("game", Text.of("games"), false)), 1,
                            Text.of("or another production project"))),
            List.of(), List.of());

    private static final Studypath STUDYPATH = Studypath.of(CATALOG);

    private static List<String> route(String goal, Profile profile) {
        return STUDYPATH.path(goal, profile).projects();
    }

    @Test
    void wholeRoute_takesTheFirstProjectOfAStageThatOffersAChoice() {
        assertEquals(List.of("basics", "vm"), route("", STUDYPATH.newProfile().build()));
    }

    @Test
    void wholeRoute_countsACompletedAlternativeAsTheChoice() {
        assertEquals(List.of(), route("", STUDYPATH.newProfile().completed("basics", "game").build()));
        assertEquals(List.of("vm"), route("", STUDYPATH.newProfile().completed("basics").build()));
    }

    @Test
    void wholeRoute_skipsAChoiceAboveTheMaximumDifficulty() {
        assertEquals(List.of("basics"), route("", STUDYPATH.newProfile().maxDifficulty(3).build()));
        assertEquals(List.of("basics", "vm"), route("", STUDYPATH.newProfile().maxDifficulty(4).build()));
    }

    @Test
    void everyProject_takesTheWholeStage() {
        assertEquals(List.of("basics", "vm", "game", "web"), route(Studypath.EVERY_PROJECT,
                STUDYPATH.newProfile().build()));
    }
}
