package dev.studypath.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PlanningTest {

    private final Studypath studypath = Studypath.of(Fixtures.mini());
    private final Profile nobody = studypath.newProfile().build();

    @Test
    void path_asyncNetworkingFromScratch_startsWithBasicsAndPutsServerBeforeRuntime() {
        LearningPath path = studypath.path("async networking", nobody);
        assertEquals(List.of("basics", "server", "runtime"), path.projects());
        assertEquals(Step.Role.PREREQUISITE, path.steps().get(0).role());
        assertEquals(List.of("runtime"), path.steps().get(0).requiredBy());
        assertEquals(List.of("runtime"), path.steps().get(1).requiredBy());
        assertEquals(Step.Role.TARGET, path.steps().get(2).role());
    }

    @Test
    void path_goalName_targetsTheGoalsProjects() {
        LearningPath path = studypath.path("CLI tool development", nobody);
        assertEquals(List.of("basics", "grep"), path.projects());
    }

    @Test
    void path_completedProjects_areLeftOut() {
        Profile done = studypath.newProfile().completed("basics", "server").build();
        assertEquals(List.of("runtime"), studypath.path("async networking", done).projects());
    }

    @Test
    void path_emptyGoal_followsTheStagesInOrder() {
        assertEquals(List.of("basics", "grep", "server", "runtime", "browser"),
                studypath.path("", nobody).projects());
    }

    @Test
    void path_maxDifficulty_leavesOutWhatIsTooHardAndReportsTheSkill() {
        Profile easy = studypath.newProfile().maxDifficulty(3).build();
        LearningPath path = studypath.path("浏览器", easy);
        assertEquals(List.of(), path.projects());
        assertEquals(List.of("browser"), path.uncovered());
        assertEquals(List.of(new Omission.AboveMaxDifficulty("browser", 5, 3, 5)), path.omitted());
    }

    @Test
    void path_weeks_sumTheStepsAtTheLearnersPace() {
        Profile slow = studypath.newProfile().hoursPerWeek(5).build();
        LearningPath path = studypath.path("CLI tool development", slow);
        assertEquals(2 * (2 + 2), path.weeks().min(), 1e-9);
        assertEquals(2 * (3 + 4), path.weeks().max(), 1e-9);
    }

    @Test
    void next_fromScratch_isTheOnlyProjectWithoutPrerequisites() {
        Recommendation next = studypath.next("async networking", nobody);
        assertEquals(List.of("basics"), next.candidates().stream().map(Candidate::project).toList());
        assertInstanceOf(Reason.OnTheWayTo.class, next.candidates().get(0).reasons().get(0));
        assertTrue(next.candidates().get(0).reasons().get(0).describe(Locale.ENGLISH).startsWith("needed before "));
    }

    @Test
    void next_afterBasics_ranksTheAsyncServerFirstWithItsReasons() {
        Profile done = studypath.newProfile().completed("basics").build();
        Candidate first = studypath.next("async networking", done).candidates().get(0);
        assertEquals("server", first.project());
        assertEquals(new Reason.Readiness(List.of("basics"), List.of(), 3, 2), first.reasons().get(1));
        assertEquals("teaches async programming (level 3) and network programming (level 3), your goal",
                first.reasons().get(0).describe(Locale.ENGLISH));
        assertEquals("after basics; difficulty 3, one step above your level 2",
                first.reasons().get(1).describe(Locale.ENGLISH));
        assertEquals("在 basics 之后；难度 3，比你当前的等级 2 高一级", first.reasons().get(1).describe(Locale.CHINA));
    }

    @Test
    void next_neverRecommendsACompletedProject() {
        Profile done = studypath.newProfile().completed("basics").build();
        assertTrue(studypath.next("", done, 10).candidates().stream().noneMatch(c -> c.project().equals("basics")));
    }

    @Test
    void next_limitOutOfRange_isRefusedWithTheValue() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> studypath.next("async", nobody, 0));
        assertEquals("limit: must be between 1 and 100, was 0", e.getMessage());
    }

    @Test
    void profile_unknownIds_areNamed() {
        Profile unknown = studypath.newProfile().completed("nope", "basics", "also-nope").build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> studypath.path("", unknown));
        assertEquals("completed: unknown project 'also-nope', 'nope'", e.getMessage());
        Profile skill = studypath.newProfile().known("cooking", 3).build();
        assertEquals("known: unknown skill 'cooking'",
                assertThrows(InvalidInputException.class, () -> studypath.next("", skill)).getMessage());
    }

    @Test
    void profile_hoursOutOfRange_isRefusedWithTheValue() {
        assertEquals("hoursPerWeek: must be between 1 and 80, was 100", assertThrows(InvalidInputException.class,
                () -> studypath.newProfile().hoursPerWeek(100).build()).getMessage());
        assertEquals("hoursPerWeek: must be between 1 and 80, was -2.5", assertThrows(InvalidInputException.class,
                () -> studypath.newProfile().hoursPerWeek(-2.5).build()).getMessage());
    }
}
