package dev.studypath.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A prerequisite cycle is data, the ids in order, before it becomes a sentence in either language. */
class CycleFinderTest {

    private static Project project(String id, String... prerequisites) {
        return Project.of(id, id, Level.ENTRY, 1, 3, Effort.weeks(1, 2), List.of(),
                java.util.Arrays.stream(prerequisites).map(p -> new Prerequisite(p, "")).toList());
    }

    @Test
    void cycles_areTheIdsInOrder_eachNeedingTheNext_theFirstRepeated() {
        List<Project> projects = List.of(project("a", "c"), project("b", "a"), project("c", "b"), project("d"));
        int[] start = {0, 1, 2, 3, 3};
        int[] target = {2, 0, 1};
        List<CycleFinder.Cycle> cycles = new CycleFinder(projects, java.util.Map.of("a", 0, "b", 1, "c", 2, "d", 3),
                start, target).cycles();
        assertEquals(List.of(new CycleFinder.Cycle(List.of("a", "c", "b", "a"), 1, 0)), cycles);
    }

    @Test
    void aCatalogWithACycle_isRefused_withTheCycleAtTheEdgeThatClosesIt_inBothLanguages() {
        InvalidCatalogException e = assertThrows(InvalidCatalogException.class, () -> Catalog.of("c", Text.of("C"),
                "en", "", 10, List.of(), List.of(project("a", "b"), project("b", "a")), List.of(), List.of(),
                List.of()));
        Problem problem = e.problems().get(0);
        assertEquals("/projects/1/prerequisites/0/project", problem.pointer());
        assertEquals(new Message(Message.ENGINE, "catalog.cycle", List.of("a -> b -> a")), problem.detail());
        assertEquals("/projects/1/prerequisites/0/project: prerequisite cycle: a -> b -> a (each needs the next)",
                problem.toString());
        assertEquals("/projects/1/prerequisites/0/project：前置项目构成循环：a -> b -> a（每一个都需要下一个）",
                problem.describe(Locale.CHINESE));
    }
}
