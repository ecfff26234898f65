package dev.studypath.engine.testing;

import dev.studypath.engine.model.Catalog;
import dev.studypath.engine.model.Effort;
import dev.studypath.engine.model.InvalidCatalogException;
import dev.studypath.engine.model.Milestone;
import dev.studypath.engine.model.Prerequisite;
import dev.studypath.engine.model.Problem;
import dev.studypath.engine.model.Project;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.studypath.engine.testing.CatalogGen.content;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

class CatalogGenTest {

    @Test
    void catalogs_areAcceptedByCatalogOf_andBothEmptyAndRichCatalogsOccur() {
        AtomicInteger empty = new AtomicInteger();
        AtomicInteger rich = new AtomicInteger();
        qt().withFixedSeed(20240601L).withExamples(300).forAll(CatalogGen.catalogs(12)).checkAssert(catalog -> {
            assertEquals(content(catalog), content(rebuild(catalog, catalog.projects())));
            if (catalog.projects().isEmpty()) {
                empty.incrementAndGet();
            }
            if (catalog.projects().size() >= 5 && catalog.prerequisiteCount() >= 3 && !catalog.stages().isEmpty()
                    && !catalog.goals().isEmpty()) {
                rich.incrementAndGet();
            }
        });
        assertTrue(empty.get() > 0, "no empty catalog in 300");
        assertTrue(rich.get() > 30, "only " + rich.get() + " catalogs in 300 had 5 projects, 3 prerequisites,"
                + " a stage and a goal");
    }

    @Test
    void catalogs_neverStageAPrerequisiteAfterItsDependent() {
        qt().withFixedSeed(20240602L).withExamples(300).forAll(CatalogGen.catalogs(12)).checkAssert(catalog -> {
            for (Project project : catalog.projects()) {
                OptionalInt stage = catalog.stageOf(project.id());
                if (stage.isPresent()) {
                    assertPrerequisitesNoLaterThan(catalog, project, stage.getAsInt());
                }
            }
        });
    }

    @Test
    void catalogs_keepMilestonesWithinTheEffort() {
        qt().withFixedSeed(20240603L).withExamples(300).forAll(CatalogGen.catalogs(12)).checkAssert(catalog -> {
            for (Project project : catalog.projects()) {
                Effort effort = project.effort();
                double weeks = effort.unit() == Effort.Unit.WEEKS ? effort.range().max()
                        : effort.range().max() / catalog.baselineHoursPerWeek();
                int week = 0;
                for (Milestone milestone : project.route()) {
                    assertTrue(milestone.fromWeek() > week, project.id() + " has overlapping milestones");
                    assertTrue(milestone.toWeek() <= weeks, project.id() + " has a milestone after its effort");
                    week = milestone.toWeek();
                }
            }
        });
    }

    @Test
    void backEdges_makeCatalogOfReportOnlyCyclesThroughTheNewEdge() {
        AtomicInteger selfLoops = new AtomicInteger();
        AtomicInteger longCycles = new AtomicInteger();
        qt().withFixedSeed(20240604L).withExamples(300).forAll(CatalogGen.backEdges(12)).checkAssert(edge -> {
            List<Project> projects = edge.projects();
            InvalidCatalogException e = assertThrows(InvalidCatalogException.class,
                    () -> rebuild(edge.catalog(), projects));
            for (Problem problem : e.problems()) {
                String message = problem.message();
                assertTrue(message.startsWith("prerequisite cycle: ") && message.endsWith(" (each needs the next)"),
                        message);
                List<String> cycle = Arrays.asList(message.substring("prerequisite cycle: ".length(),
                        message.length() - " (each needs the next)".length()).split(" -> "));
                assertEquals(cycle.get(0), cycle.get(cycle.size() - 1), message);
                boolean throughNewEdge = false;
                for (int i = 0; i + 1 < cycle.size(); i++) {
                    assertTrue(requires(projects, cycle.get(i), cycle.get(i + 1)), message);
                    throughNewEdge |= cycle.get(i).equals(edge.from()) && cycle.get(i + 1).equals(edge.to());
                }
                assertTrue(throughNewEdge, message + " does not use " + edge.from() + " -> " + edge.to());
            }
            (edge.from().equals(edge.to()) ? selfLoops : longCycles).incrementAndGet();
        });
        assertTrue(selfLoops.get() > 0, "no self-loop in 300");
        assertTrue(longCycles.get() > 0, "no cycle of two or more projects in 300");
    }

    private static void assertPrerequisitesNoLaterThan(Catalog catalog, Project project, int stage) {
        for (Prerequisite prerequisite : project.prerequisites()) {
            Project required = catalog.project(prerequisite.project()).orElseThrow();
            OptionalInt requiredStage = catalog.stageOf(required.id());
            assertFalse(requiredStage.isPresent() && requiredStage.getAsInt() > stage,
                    required.id() + " is in a later stage than a project that needs it");
            assertPrerequisitesNoLaterThan(catalog, required, stage);
        }
    }

    private static boolean requires(List<Project> projects, String from, String to) {
        return projects.stream().filter(p -> p.id().equals(from))
                .anyMatch(p -> p.prerequisites().stream().anyMatch(r -> r.project().equals(to)));
    }

    private static Catalog rebuild(Catalog c, List<Project> projects) {
        return Catalog.of(c.id(), c.title(), c.language(), c.source(), c.baselineHoursPerWeek(), c.skills(), projects,
                c.stages(), c.goals(), c.sections());
    }
}
