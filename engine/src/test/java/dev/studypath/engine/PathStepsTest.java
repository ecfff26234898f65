package dev.studypath.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import dev.studypath.engine.testing.CatalogGen;
import dev.studypath.engine.testing.SyntheticCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** A path's steps are made when read; the order of reading must not change them. */
class PathStepsTest {

    @Test
    void steps_readBackwards_equalStepsReadForwards_andProjectsNeedNoStep() {
        qt().withFixedSeed(20260602L).withExamples(200).forAll(CatalogGen.catalogs(40)).checkAssert(catalog -> {
            Studypath studypath = Studypath.of(catalog);
            for (String goal : goals(catalog)) {
                LearningPath forwards;
                LearningPath backwards;
                try {
                    forwards = studypath.path(goal, studypath.newProfile().build());
                    backwards = studypath.path(goal, studypath.newProfile().build());
                } catch (UnknownGoalException e) {
                    continue;
                }
                List<String> ids = backwards.projects();
                List<Step> reversed = new ArrayList<>();
                for (int p = backwards.steps().size() - 1; p >= 0; p--) {
                    reversed.add(0, backwards.steps().get(p));
                }
                assertEquals(List.copyOf(forwards.steps()), reversed);
                assertEquals(forwards, backwards);
                assertEquals(ids, reversed.stream().map(Step::project).toList());
            }
        });
    }

    @Test
    void steps_readFromManyThreads_areEqualToStepsReadByOne() throws Exception {
        Studypath studypath = Studypath.of(SyntheticCatalog.of(3_000, 11));
        List<Step> expected = List.copyOf(studypath.path(SyntheticCatalog.MASTERY_GOAL,
                studypath.newProfile().build()).steps());
        LearningPath shared = studypath.path(SyntheticCatalog.MASTERY_GOAL, studypath.newProfile().build());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Step>>> reads = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                reads.add(pool.submit(() -> List.copyOf(shared.steps())));
            }
            for (Future<List<Step>> read : reads) {
                assertEquals(expected, read.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void steps_outOfRange_isRefused() {
        Studypath studypath = Studypath.of(SyntheticCatalog.of(50, 1));
        LearningPath path = studypath.path(SyntheticCatalog.STARTER_GOAL, studypath.newProfile().build());
        assertThrows(IndexOutOfBoundsException.class, () -> path.steps().get(path.steps().size()));
        assertThrows(UnsupportedOperationException.class, () -> path.steps().clear());
    }

    private static List<String> goals(dev.studypath.engine.model.Catalog catalog) {
        List<String> goals = new ArrayList<>(List.of(""));
        catalog.goals().forEach(g -> goals.add(g.id()));
        catalog.skills().stream().limit(2).forEach(s -> goals.add(s.id()));
        return goals;
    }
}
