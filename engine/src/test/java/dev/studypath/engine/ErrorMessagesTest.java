package dev.studypath.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studypath.engine.ProgressEvent.Kind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every kind of error the engine raises, in English and in Chinese, from the same data. */
class ErrorMessagesTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private final Studypath studypath = Studypath.of(Fixtures.mini());
    private final Profile nobody = studypath.newProfile().build();

    /** Each error, by what caused it. */
    private Map<String, Executable> errors() {
        Map<String, Executable> errors = new LinkedHashMap<>();
        errors.put("unknown goal", () -> studypath.path("xqzv", nobody));
        errors.put("unclear goal", () -> studypath.path("quantum blockchain async", nobody));
        errors.put("limit", () -> studypath.next("async", nobody, 0));
        errors.put("hours", () -> studypath.newProfile().hoursPerWeek(-2.5).build());
        errors.put("difficulty", () -> studypath.newProfile().maxDifficulty(9).build());
        errors.put("level", () -> studypath.newProfile().known("async", 7).build());
        errors.put("unknown project", () -> studypath.path("async", studypath.newProfile().completed("servr").build()));
        errors.put("unknown skill", () -> studypath.path("async", studypath.newProfile().known("asink", 2).build()));
        errors.put("start missing", () -> ScheduleOptions.builder().build());
        errors.put("time off", () -> ScheduleOptions.builder().start(MONDAY).timeOff(MONDAY.plusDays(3), MONDAY)
                .build());
        errors.put("deadline", () -> ScheduleOptions.builder().start(MONDAY).deadline(MONDAY.minusDays(1)).build());
        errors.put("no study day", () -> ScheduleOptions.builder().start(MONDAY).timeOff(MONDAY, MONDAY.plusDays(9))
                .deadline(MONDAY.plusDays(3)).build());
        errors.put("confidence", () -> ScheduleOptions.builder().start(MONDAY).confidence(70).build());
        errors.put("samples", () -> ScheduleOptions.builder().start(MONDAY).samples(10).build());
        errors.put("finished", () -> new FinishedProject("server", MONDAY, MONDAY.minusDays(1)));
        errors.put("today", () -> studypath.progress("async", nobody,
                new ProgressLog(List.of(new ProgressEvent("basics", Kind.DONE, MONDAY))), MONDAY.minusDays(1)));
        return errors;
    }

    @Test
    void everyError_inChinese_isChinese_withItsValues_andNoEnglishWords() {
        List<String> problems = new ArrayList<>();
        errors().forEach((cause, call) -> {
            StudypathException e = assertThrows(StudypathException.class, call, cause);
            String english = e.describe(Locale.ENGLISH);
            String chinese = e.describe(Locale.SIMPLIFIED_CHINESE);
            assertEquals(e.getMessage(), english, cause);
            if (!Pattern.compile("\\p{IsHan}").matcher(chinese).find()) {
                problems.add(cause + ": no Chinese in '" + chinese + "'");
            }
            // What the user wrote, ids, field names, the catalog's names (suggestions) and numbers may be
            // Latin; nothing else.
            Set<String> allowed = new java.util.HashSet<>(catalogWords());
            allowed.addAll(Set.of("xqzv", "quantum", "blockchain", "servr", "asink", "server", "basics",
                    "async", "hoursPerWeek", "maxDifficulty", "known", "limit", "completed", "start", "deadline",
                    "confidence", "samples", "finished", "today", "timeOff", "syntax", "runtime", "grep", "cli",
                    "networking", "browser"));
            Matcher word = Pattern.compile("[A-Za-z]{2,}").matcher(chinese);
            while (word.find()) {
                if (!allowed.contains(word.group())) {
                    problems.add(cause + ": English '" + word.group() + "' in '" + chinese + "'");
                }
            }
        });
        assertEquals(List.of(), problems);
    }

    private List<String> catalogWords() {
        List<String> words = new ArrayList<>();
        studypath.catalog().skills().forEach(skill -> words.addAll(List.of(skill.name().en().split("\\W+"))));
        studypath.catalog().goals().forEach(goal -> words.addAll(List.of(goal.name().en().split("\\W+"))));
        return words;
    }

    @Test
    void theSameError_saysTheSameValues_inBothLanguages() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> studypath.newProfile().hoursPerWeek(-2.5).build());
        assertEquals("hoursPerWeek: must be between 1 and 80, was -2.5", e.getMessage());
        assertEquals("hoursPerWeek：必须在 1 到 80 之间，实际为 -2.5", e.describe(Locale.CHINESE));
        assertEquals("must be between 1 and 80, was -2.5", e.detail(Locale.ENGLISH));
        InvalidInputException typo = assertThrows(InvalidInputException.class,
                () -> studypath.path("async", studypath.newProfile().completed("servr").build()));
        assertEquals("completed: unknown project 'servr'; did you mean: server?", typo.getMessage());
        assertEquals("未知的项目「servr」；你是不是想找：server？", typo.detail(Locale.CHINESE));
        Supplier<UnknownGoalException> unclear = () -> assertThrows(UnknownGoalException.class,
                () -> studypath.path("quantum blockchain async", nobody));
        assertTrue(unclear.get().describe(Locale.CHINESE).startsWith("不明确的目标「quantum blockchain async」"),
                unclear.get().describe(Locale.CHINESE));
    }
}
