package dev.studypath.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.studypath.engine.GoalMatch.Kind;
import dev.studypath.engine.GoalMatch.WeightedSkill;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoalMatchingTest {

    private final Studypath studypath = Studypath.of(Fixtures.mini());

    private List<String> skills(GoalMatch match) {
        return match.skills().stream().map(WeightedSkill::skill).toList();
    }

    @Test
    void match_goalName_isThatGoal() {
        GoalMatch match = studypath.match("Async Programming!");
        assertEquals(Kind.GOAL, match.kind());
        assertEquals(List.of("async-goal"), match.goals());
        assertEquals(List.of("async"), skills(match));
    }

    @Test
    void match_chineseGoalName_isThatGoal() {
        GoalMatch match = studypath.match("异步编程");
        assertEquals(Kind.GOAL, match.kind());
        assertEquals(List.of("async-goal"), match.goals());
    }

    @Test
    void match_twoSkillWords_combinesBothSkillsWithEqualWeights() {
        GoalMatch match = studypath.match("async networking");
        assertEquals(Kind.SKILLS, match.kind());
        assertEquals(List.of(new WeightedSkill("async", 0.5), new WeightedSkill("networking", 0.5)), match.skills());
    }

    @Test
    void match_typos_areTolerated() {
        assertEquals(List.of("async", "networking"), skills(studypath.match("asynch netwroking")));
    }

    @Test
    void match_chineseSentence_findsPhrasesWithoutSpaces() {
        assertEquals(List.of("async", "networking"), skills(studypath.match("我想学异步和网络")));
    }

    @Test
    void match_mixedScriptsWithoutSpace_matchesTheMixedAlias() {
        GoalMatch match = studypath.match("CLI工具开发");
        assertEquals(List.of("cli-tools"), match.goals());
    }

    @Test
    void match_unknownWordsNextToKnownOnes_areReportedAsIgnored() {
        GoalMatch match = studypath.match("async with zebras");
        assertEquals(List.of("async"), skills(match));
        assertEquals(List.of("zebras"), match.ignored());
    }

    @Test
    void match_empty_isTheWholeRoute() {
        assertEquals(Kind.WHOLE_ROUTE, studypath.match("  ").kind());
    }

    @Test
    void match_nothingKnown_throwsWithTheClosestNames() {
        UnknownGoalException e = assertThrows(UnknownGoalException.class, () -> studypath.match("browsing"));
        assertEquals(List.of("browser"), e.suggestions().subList(0, 1));
        assertEquals("unknown goal 'browsing': it names no goal, project or skill of the catalog; did you mean: " + String.join(", ", e.suggestions()) + "?",
                e.getMessage());
    }

    @Test
    void match_shortWords_needAnExactMatch() {
        assertThrows(UnknownGoalException.class, () -> studypath.match("cla"));
    }
}
