package dev.studypath.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studypath.engine.Candidate;
import dev.studypath.engine.LearningPath;
import dev.studypath.engine.Profile;
import dev.studypath.engine.Step;
import dev.studypath.engine.Studypath;
import dev.studypath.engine.UnknownGoalException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Planning on the bundled guide gives the guide's own answers. */
class GuidePlanningTest {

    private static final Studypath GUIDE = Studypath.of(Catalogs.bundled());
    private static final Profile NEWCOMER = GUIDE.newProfile().build();

    private static Set<String> targets(LearningPath path) {
        return path.steps().stream().filter(s -> s.role() == Step.Role.TARGET).map(Step::project)
                .collect(Collectors.toSet());
    }

    /** The guide's goal table ("if you want to learn"), in English and in Chinese. */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            CLI tool development       | CLI 工具开发 | ripgrep clap
            async programming          | 异步编程     | mini-redis tokio
            network programming        | 网络编程     | mini-redis deno
            systems programming        | 系统编程     | firecracker
            graphics programming       | 图形编程     | alacritty
            browser technology         | 浏览器技术   | servo
            cross-language integration | 跨语言集成   | deno
            """)
    void path_eachGoalOfTheGuidesTable_targetsItsProjects(String english, String chinese, String projects) {
        Set<String> expected = Set.of(projects.split(" "));
        assertEquals(expected, targets(GUIDE.path(english, NEWCOMER)));
        assertEquals(expected, targets(GUIDE.path(chinese, NEWCOMER)));
    }

    @Test
    void path_asyncNetworkingFromScratch_startsWithRustlingsAndPutsMiniRedisBeforeTokio() {
        List<String> path = GUIDE.path("async networking", NEWCOMER).projects();
        assertEquals("rustlings", path.get(0));
        assertTrue(path.indexOf("mini-redis") >= 0 && path.indexOf("mini-redis") < path.indexOf("tokio"), path::toString);
    }

    @Test
    void pathAndNext_afterRustlings_neverShowRustlingsAgain() {
        Profile done = GUIDE.newProfile().completed("rustlings").build();
        for (String goal : List.of("", "async networking", "CLI tools", "GPU", "异步编程")) {
            assertFalse(GUIDE.path(goal, done).projects().contains("rustlings"), goal);
            assertFalse(GUIDE.next(goal, done, 10).candidates().stream().map(Candidate::project).toList()
                    .contains("rustlings"), goal);
        }
    }

    /** Stage 4 is a choice of one direction (系统编程 or 浏览器), so the whole route has nine projects. */
    @Test
    void path_emptyGoal_reproducesTheFourStagesInOrder() {
        List<Integer> stages = GUIDE.path("", NEWCOMER).steps().stream().map(Step::stage).toList();
        assertEquals(List.of(1, 1, 1, 2, 2, 2, 3, 3, 4), stages);
    }

    @Test
    void next_afterRustlings_forAsyncNetworking_isMiniRedis() {
        Profile done = GUIDE.newProfile().completed("rustlings").build();
        Candidate first = GUIDE.next("async networking", done).candidates().get(0);
        assertEquals("mini-redis", first.project());
        assertTrue(first.reasons().get(1).describe(java.util.Locale.ENGLISH).startsWith("after rustlings"), first.reasons()::toString);
    }

    @Test
    void path_typosAndOtherWords_stillFindTheSkills() {
        assertEquals(GUIDE.path("async networking", NEWCOMER).projects(),
                GUIDE.path("asynch netwroking", NEWCOMER).projects());
        assertTrue(GUIDE.path("GPU", NEWCOMER).projects().contains("alacritty"));
    }

    @Test
    void next_unknownGoal_suggestsTheClosestNames_andNoneWhenNothingIsClose() {
        UnknownGoalException close = assertThrows(UnknownGoalException.class,
                () -> GUIDE.next("tokoi blockchain quantum", NEWCOMER));
        assertFalse(close.suggestions().isEmpty());
        UnknownGoalException e = assertThrows(UnknownGoalException.class,
                () -> GUIDE.next("kitchen gardening", NEWCOMER));
        assertEquals(List.of(), e.suggestions());
        assertThrows(UnknownGoalException.class, () -> GUIDE.next("quantum knitting", NEWCOMER));
    }
}
