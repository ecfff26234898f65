package dev.studypath.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studypath.engine.Candidate;
import dev.studypath.engine.GoalMatch;
import dev.studypath.engine.InvalidInputException;
import dev.studypath.engine.LearningPath;
import dev.studypath.engine.Omission;
import dev.studypath.engine.Profile;
import dev.studypath.engine.Recommendation;
import dev.studypath.engine.Studypath;
import dev.studypath.engine.UnknownGoalException;
import dev.studypath.engine.model.Catalog;
import dev.studypath.engine.model.Goal;
import dev.studypath.engine.model.Project;
import dev.studypath.engine.model.Skill;
import dev.studypath.engine.model.SkillLevel;
import dev.studypath.engine.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundled guide asked the way learners ask (issue 12): a project as the goal, the same wish in
 * other words, statements of what they know, and answers that say why they are empty or partial.
 * Expected paths are the guide's prerequisites written out by hand, not the engine's output.
 */
class AskLikeALearnerTest {

    private static final Catalog GUIDE = Catalogs.bundled();
    private static final Studypath STUDYPATH = Studypath.of(GUIDE);
    private static final Profile NOBODY = STUDYPATH.newProfile().build();

    /** The ways a learner wraps a wish around {@code X}. */
    private static final List<Function<String, String>> WRAPPERS = List.of(
            x -> x, x -> "I want to learn " + x, x -> "I'd like to study " + x, x -> "how do I get to " + x + "?",
            x -> "我想学" + x, x -> "我想学习" + x, x -> "怎么学" + x);

    private static List<String> path(String goal) {
        return STUDYPATH.path(goal, NOBODY).projects();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tokio", "Tokio", "I want to study tokio", "I want to study tokio, what first?",
            "我想学 tokio", "我想学 tokio，先学什么？", "tokio 接下来应该学什么", "tokio-rs/tokio",
            "https://github.com/tokio-rs/tokio", "Tokio - async runtime", "Tokio - 异步运行时"})
    void aProject_isAGoal_itsPathIsItsPrerequisitesThenIt(String query) {
        LearningPath path = STUDYPATH.path(query, NOBODY);
        assertEquals(GoalMatch.Kind.PROJECTS, path.goal().kind());
        assertEquals(List.of("tokio"), path.goal().projects());
        assertEquals(List.of(), path.goal().ignored(), "wrappers are filler, not ignored words");
        assertEquals(List.of("rustlings", "mini-redis", "tokio"), path.projects());
    }

    @Test
    void ripgrep_isAGoal() {
        assertEquals(List.of("rustlings", "ripgrep"), path("ripgrep"));
    }

    @Test
    void severalProjects_areOneGoal_theUnionOfTheirPaths() {
        assertEquals(List.of("rustlings", "mini-redis", "tokio", "deno"), path("tokio, deno"));
        assertEquals(List.of("rustlings", "mini-redis", "tokio", "deno"), path("tokio + deno"));
    }

    @Test
    void aProjectWithASkill_isTheProjectAndACoverOfTheSkill() {
        LearningPath path = STUDYPATH.path("tokio + serialization", NOBODY);
        assertEquals(GoalMatch.Kind.MIXED, path.goal().kind());
        assertEquals(List.of("tokio"), path.goal().projects());
        assertTrue(path.projects().containsAll(List.of("rustlings", "mini-redis", "tokio", "serde")), path.projects()
                .toString());
    }

    @Test
    void next_onTheWayToAProject_isWhatCanBeStartedNow_andSaysWhatWaits() {
        Recommendation next = STUDYPATH.next("tokio", NOBODY);
        assertEquals(List.of("rustlings"), next.candidates().stream().map(Candidate::project).toList());
        assertEquals(List.of(new Recommendation.Waiting("mini-redis", List.of("rustlings")),
                new Recommendation.Waiting("tokio", List.of("mini-redis"))), next.waiting());
        assertEquals(2, next.waitingTotal());
    }

    @Test
    void next_asyncNetworking_saysOnlyOneIsReadyAndWhatUnlocksTheOthers() {
        Profile afterRustlings = STUDYPATH.newProfile().completed("rustlings").build();
        Recommendation next = STUDYPATH.next("async networking", afterRustlings);
        assertEquals("mini-redis", next.candidates().get(0).project());
        assertTrue(next.waiting().contains(new Recommendation.Waiting("tokio", List.of("mini-redis"))),
                next.waiting().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"network programming", "I want to learn network programming", "我想学习网络编程",
            "netwrok programing", "网络编程", "networking"})
    void networkProgramming_inOtherWords_isTheGuidesGoal(String query) {
        LearningPath path = STUDYPATH.path(query, NOBODY);
        assertEquals(GoalMatch.Kind.GOAL, path.goal().kind(), query);
        assertEquals(List.of("networking"), path.goal().goals());
        assertEquals(List.of("rustlings", "mini-redis", "tokio", "deno"), path.projects());
    }

    @ParameterizedTest
    @ValueSource(strings = {"CLI tool development", "cli tool developement", "cli", "命令行", "命令行工具", "CLI tools",
            "我想学命令行工具开发"})
    void cliTools_inOtherWords_isTheGuidesGoalWithRipgrep(String query) {
        LearningPath path = STUDYPATH.path(query, NOBODY);
        assertEquals(List.of("cli-tools"), path.goal().goals(), query);
        assertEquals(List.of("rustlings", "ripgrep", "clap"), path.projects());
    }

    @ParameterizedTest
    @ValueSource(strings = {"I know basic Rust, I want async networking", "我会基础 Rust，想学异步网络编程",
            "我会 Rust 基础，想学异步网络编程", "I know Rust basics. I want to learn async networking"})
    void whatTheLearnerKnows_isNotAGoal_itIsAKnownSkill(String query) {
        Recommendation next = STUDYPATH.next(query, NOBODY);
        GoalMatch goal = next.goal();
        assertEquals(Set.of("async", "networking"), goal.skills().stream().map(GoalMatch.WeightedSkill::skill)
                .collect(Collectors.toSet()), query);
        assertEquals(List.of(new SkillLevel("rust-syntax", GoalMatch.STATED_LEVEL)), goal.known(), query);
        assertEquals(path("async networking"), STUDYPATH.path(query, NOBODY).projects());
    }

    @ParameterizedTest
    @ValueSource(strings = {"I already did rustlings, I want tokio", "学过 rustlings，想学 tokio"})
    void aProjectTheLearnerDid_isCompletedForThatAnswer(String query) {
        LearningPath path = STUDYPATH.path(query, NOBODY);
        assertEquals(List.of("rustlings"), path.goal().completed());
        assertEquals(List.of("mini-redis", "tokio"), path.projects());
    }

    @Test
    void onlyAStatement_isTheWholeRouteWithoutWhatWasDone() {
        LearningPath path = STUDYPATH.path("学过 tokio", NOBODY);
        assertEquals(GoalMatch.Kind.WHOLE_ROUTE, path.goal().kind());
        assertEquals(List.of("tokio"), path.goal().completed());
        assertFalse(path.projects().contains("tokio"));
    }

    @Test
    void mostlyUnknownWords_areRefused_withCloseNamesOnly() {
        UnknownGoalException unclear = assertThrows(UnknownGoalException.class,
                () -> STUDYPATH.path("quantum blockchain tokoi", NOBODY));
        assertTrue(unclear.suggestions().size() <= 5);
        assertTrue(unclear.suggestions().contains("Tokio"), unclear.suggestions().toString());
        UnknownGoalException nothing = assertThrows(UnknownGoalException.class,
                () -> STUDYPATH.path("xqzv", NOBODY));
        assertEquals(List.of(), nothing.suggestions(), "nothing is close: no list of everything");
    }

    @Test
    void aCapThatLeavesEverythingOut_saysWhatItLeftOutAndTheCapThatIncludesIt() {
        Profile easy = STUDYPATH.newProfile().maxDifficulty(3).build();
        LearningPath systems = STUDYPATH.path("systems programming", easy);
        assertEquals(List.of(), systems.projects());
        assertEquals(List.of(new Omission.AboveMaxDifficulty("firecracker", 5, 3, 5)), systems.omitted());

        LearningPath async = STUDYPATH.path("async networking", easy);
        assertEquals(List.of("rustlings", "mini-redis"), async.projects());
        assertTrue(async.omitted().contains(new Omission.AboveMaxDifficulty("tokio", 5, 3, 5)),
                async.omitted().toString());
    }

    @Test
    void anExpert_isNotSentThroughProjectsThatTeachNothingNew() {
        Profile expert = STUDYPATH.newProfile().known("async", 5).completed("rustlings").build();
        LearningPath path = STUDYPATH.path("async", expert);
        assertEquals(List.of(), path.projects());
        assertEquals(List.of(new Omission.NothingNew("mini-redis"), new Omission.NothingNew("tokio"),
                new Omission.AlreadyKnown("async", 5, 5)), path.omitted());
    }

    @Test
    void everythingDone_saysWhichTargetsWereCompleted() {
        Profile done = STUDYPATH.newProfile().completed("tokio", "deno", "mini-redis").build();
        LearningPath path = STUDYPATH.path("network programming", done);
        assertEquals(List.of(), path.projects());
        assertTrue(path.omitted().contains(new Omission.Completed(List.of("mini-redis", "deno"))),
                path.omitted().toString());
    }

    @Test
    void profileIds_anyCase_namesAndAliases_areAccepted() {
        Profile shouting = STUDYPATH.newProfile().completed("RUSTLINGS").known("异步", 2).build();
        LearningPath path = STUDYPATH.path("tokio", shouting);
        assertEquals(List.of("mini-redis", "tokio"), path.projects());
        InvalidInputException typo = assertThrows(InvalidInputException.class,
                () -> STUDYPATH.path("tokio", STUDYPATH.newProfile().completed("tokoi").build()));
        assertTrue(typo.getMessage().startsWith("completed: unknown project 'tokoi'; did you mean: tokio"),
                typo.getMessage());
    }

    @Test
    void reasons_sayAfter_notDone() {
        Profile afterRustlings = STUDYPATH.newProfile().completed("rustlings").build();
        Candidate miniRedis = STUDYPATH.next("async networking", afterRustlings).candidates().get(0);
        assertTrue(miniRedis.reasons().stream().anyMatch(r -> r.describe(java.util.Locale.ENGLISH).startsWith("after rustlings;")),
                miniRedis.reasons().toString());
    }

    /**
     * Every goal, skill and project of the guide, named by its id, its English and Chinese names
     * inside every wrapper, and with a one-edit typo, gives the same plan as its id.
     */
    @Test
    void everyNameInEveryWrapper_givesTheSamePlanAsTheId() {
        int checked = 0;
        List<String> failures = new ArrayList<>();
        for (Named named : everything()) {
            List<String> expected = path(named.id());
            List<String> queries = new ArrayList<>();
            for (String name : List.of(named.id(), named.name().en(), named.name().zh())) {
                if (!name.isEmpty()) {
                    WRAPPERS.forEach(wrap -> queries.add(wrap.apply(name)));
                }
            }
            queries.add(typo(named.name().en()));
            for (String query : queries) {
                checked++;
                try {
                    List<String> got = path(query);
                    if (!got.equals(expected)) {
                        failures.add(query + " -> " + got + ", expected " + expected);
                    }
                } catch (RuntimeException e) {
                    failures.add(query + " -> " + e.getMessage());
                }
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(checked > 40 * 7 * 2, "checked " + checked);
    }

    private record Named(String id, Text name) {
    }

    private static List<Named> everything() {
        List<Named> all = new ArrayList<>();
        for (Goal goal : GUIDE.goals()) {
            all.add(new Named(goal.id(), goal.name()));
        }
        for (Skill skill : GUIDE.skills()) {
            all.add(new Named(skill.id(), skill.name()));
        }
        for (Project project : GUIDE.projects()) {
            all.add(new Named(project.id(), project.name()));
        }
        return all;
    }

    /** One edit: the two middle letters of the longest word swapped. */
    private static String typo(String name) {
        String[] words = name.split(" ");
        int longest = 0;
        for (int i = 1; i < words.length; i++) {
            if (words[i].length() > words[longest].length()) {
                longest = i;
            }
        }
        char[] word = words[longest].toCharArray();
        int at = word.length / 2;
        char swap = word[at - 1];
        word[at - 1] = word[at];
        word[at] = swap;
        words[longest] = new String(word);
        return String.join(" ", words);
    }
}
