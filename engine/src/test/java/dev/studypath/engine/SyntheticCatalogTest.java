package dev.studypath.engine;

import static dev.studypath.engine.testing.CatalogGen.content;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studypath.engine.testing.SyntheticCatalog;
import dev.studypath.engine.model.Catalog;
import dev.studypath.engine.model.Prerequisite;
import dev.studypath.engine.model.Project;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SyntheticCatalogTest {

    @Test
    void of_sameSizeAndSeed_givesEqualCatalogs_andAnotherSeedAnotherOne() {
        assertEquals(content(SyntheticCatalog.of(300, 7)), content(SyntheticCatalog.of(300, 7)));
        assertNotEquals(content(SyntheticCatalog.of(300, 7)), content(SyntheticCatalog.of(300, 8)));
    }

    @Test
    void of_tenThousandProjects_hasAboutTenPrerequisitesEach_and200Skills() {
        Catalog catalog = SyntheticCatalog.of(10_000, 1);
        double perProject = (double) catalog.prerequisiteCount() / catalog.projects().size();
        assertTrue(perProject > 9.9 && perProject < 10.1, "prerequisites per project: " + perProject);
        assertEquals(SyntheticCatalog.SKILLS, catalog.skills().size());
        assertEquals(SyntheticCatalog.STAGES, catalog.stages().size());
    }

    @Test
    void of_neverStagesAPrerequisiteAfterItsDependent() {
        Catalog catalog = SyntheticCatalog.of(2_000, 3);
        for (Project project : catalog.projects()) {
            int stage = catalog.stageOf(project.id()).orElseThrow();
            for (Prerequisite prerequisite : project.prerequisites()) {
                OptionalInt before = catalog.stageOf(prerequisite.project());
                assertTrue(before.getAsInt() <= stage, prerequisite.project() + " after " + project.id());
            }
        }
    }

    @Test
    void masteryGoal_pathCoversNearlyEveryProject() {
        Catalog catalog = SyntheticCatalog.of(2_000, 5);
        Studypath studypath = Studypath.of(catalog);
        LearningPath path = studypath.path(SyntheticCatalog.MASTERY_GOAL, studypath.newProfile().build());
        assertTrue(path.steps().size() >= 0.9 * catalog.projects().size(), path.steps().size() + " steps");
    }

    @Test
    void of_noProject_isRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SyntheticCatalog.of(0, 1));
        assertEquals("a synthetic catalog needs at least 1 project: 0", e.getMessage());
    }

    @Test
    void of_oneProject_isValid() {
        assertEquals(1, SyntheticCatalog.of(1, 1).projects().size());
    }
}
