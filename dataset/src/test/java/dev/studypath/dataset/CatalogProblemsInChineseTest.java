package dev.studypath.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studypath.engine.model.Problem;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A broken catalog file's problems, every kind, in Chinese: each with its pointer, none with English words. */
class CatalogProblemsInChineseTest {

    /** Field names, ids and values of the files below, and JSON's own words, may stay as written. */
    private static final Set<String> ALLOWED = Set.of("projects", "prerequisites", "project", "level", "difficulty",
            "effort", "min", "max", "id", "name", "title", "en", "zh", "entry", "intermediate", "production",
            "beginner", "stars", "count", "skills", "teaches", "skill", "baselineHoursPerWeek", "format", "JSON",
            "null", "fromDay", "toDay", "unit", "weeks", "nope", "ghost", "loop", "mystery", "extra", "test",
            "json", "ok");

    private static List<Problem> problems(String json) {
        return assertThrows(CatalogFileException.class, () -> Catalogs.read(new ByteArrayInputStream(
                json.getBytes(StandardCharsets.UTF_8)), "test.json")).problems();
    }

    @Test
    void everyKindOfProblem_isChinese_withItsPointer() {
        List<Problem> problems = new ArrayList<>();
        problems.addAll(problems("{\"format\": 1, }"));
        problems.addAll(problems("""
                {"format": 1, "id": "t", "title": {"en": "T"}, "baselineHoursPerWeek": 200, "extra": 1,
                 "projects": [
                   {"id": "a", "name": "A", "level": "beginner", "difficulty": 9, "rating": 3,
                    "effort": {"unit": "weeks", "min": 3, "max": 1}, "teaches": [], "prerequisites": []},
                   {"id": "b", "name": " ", "level": "entry", "difficulty": 1, "rating": 3,
                    "stars": {"count": -5}, "effort": {"unit": "weeks", "min": 1},
                    "teaches": [{"skill": "ghost", "level": 2}], "prerequisites": [{"project": "nope"}]},
                   {"name": "C", "level": "entry", "difficulty": 1, "rating": 3, "effort": {"unit": "weeks", "min": 1},
                    "teaches": [], "prerequisites": [], "route": [{"fromDay": 5, "toDay": 4, "title": {"en": "R"}}]}
                 ]}
                """));
        problems.addAll(problems("""
                {"format": 1, "id": "t", "title": {"en": "T"}, "baselineHoursPerWeek": 10, "projects": [
                  {"id": "loop", "name": "L", "level": "entry", "difficulty": 1, "rating": 3,
                   "effort": {"unit": "weeks", "min": 1}, "teaches": [], "prerequisites": [{"project": "loop"}]}]}
                """));
        assertTrue(problems.size() >= 10, problems::toString);
        List<String> untranslated = new ArrayList<>();
        for (Problem problem : problems) {
            String chinese = problem.describe(Locale.CHINESE);
            assertTrue(chinese.startsWith(problem.pointer()), chinese);
            assertTrue(Pattern.compile("\\p{IsHan}").matcher(chinese).find(), "no Chinese in " + chinese);
            String checked = chinese.substring(problem.pointer().length());
            if (problem.detail().key().startsWith("json.malformed")) {
                // Jackson's own account of what it met is kept as it wrote it, inside the translated sentence.
                List<Object> arguments = problem.detail().arguments();
                checked = checked.replace(String.valueOf(arguments.get(arguments.size() - 1)), "");
            }
            Matcher word = Pattern.compile("[A-Za-z]{2,}").matcher(checked);
            while (word.find()) {
                if (!ALLOWED.contains(word.group())) {
                    untranslated.add(word.group() + " in " + chinese);
                }
            }
            assertEquals(problem.toString(), problem.describe(Locale.ENGLISH));
        }
        assertEquals(List.of(), untranslated);
    }

    @Test
    void theFileExceptionItself_saysHowManyProblems_inBothLanguages() {
        CatalogFileException e = assertThrows(CatalogFileException.class, () -> Catalogs.read(
                new ByteArrayInputStream("  ".getBytes(StandardCharsets.UTF_8)), "empty.json"));
        assertEquals("empty.json: 1 problem\nmalformed JSON: no content", e.getMessage());
        assertEquals("empty.json：1 个问题\nJSON 格式错误：没有内容", e.describe(Locale.CHINESE));
    }
}
