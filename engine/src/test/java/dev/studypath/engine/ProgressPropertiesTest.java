package dev.studypath.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.studypath.engine.ProgressEvent.Kind;
import dev.studypath.engine.model.Catalog;
import dev.studypath.engine.model.Project;
import dev.studypath.engine.testing.Tally;
import dev.studypath.engine.testing.CatalogGen;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Progress and path agree on what is left, on random catalogs and random progress logs (issue 15). */
class ProgressPropertiesTest {

    private static final long SEED = 20261128L;
    private static final LocalDate FIRST = LocalDate.of(2026, 9, 1);

    /** A catalog, a goal query for it, and a log of up to 12 events over 60 days. */
    private record Case(Catalog catalog, String goal, ProgressLog log, LocalDate today) {
    }

    private static Gen<Case> cases() {
        return CatalogGen.catalogs(60).zip(SourceDSL.longs().all(), (catalog, seed) -> {
            Random random = new Random(seed);
            List<String> queries = new ArrayList<>();
            queries.add("");
            catalog.goals().forEach(g -> queries.add(g.id()));
            catalog.skills().forEach(s -> queries.add(s.id()));
            List<ProgressEvent> events = new ArrayList<>();
            List<Project> projects = catalog.projects();
            int count = projects.isEmpty() ? 0 : random.nextInt(13);
            Kind[] kinds = Kind.values();
            for (int i = 0; i < count; i++) {
                events.add(new ProgressEvent(projects.get(random.nextInt(projects.size())).id(),
                        kinds[random.nextInt(kinds.length)], FIRST.plusDays(random.nextInt(60))));
            }
            return new Case(catalog, queries.get(random.nextInt(queries.size())), new ProgressLog(events),
                    FIRST.plusDays(60 + random.nextInt(30)));
        });
    }

    @Test
    void progress_leavesExactlyThePathsSteps_andCountsEveryGoalProjectOnce() {
        Tally tally = new Tally();
        qt().withFixedSeed(SEED).withExamples(1000).forAll(cases()).checkAssert(c -> {
            Studypath studypath = Studypath.of(c.catalog());
            Profile profile = studypath.newProfile().build();
            ProgressReport report;
            try {
                report = studypath.progress(c.goal(), profile, c.log(), c.today());
            } catch (UnknownGoalException e) {
                tally.skipped();
                return;
            }
            tally.checked();
            assertEquals(studypath.path(c.goal(), c.log().applyTo(profile)).projects(), report.remaining());
            Set<String> seen = new HashSet<>();
            for (List<String> part : List.of(report.done(), report.implied(), report.remaining())) {
                for (String id : part) {
                    assertTrue(seen.add(id), id + " counted twice in " + report);
                }
            }
            assertTrue(report.fractionDone() >= 0 && report.fractionDone() <= 1 + 1e-9, report::toString);
            assertTrue(report.hoursDone() <= report.hoursTotal() + 1e-9, report::toString);
        });
        tally.requireChecked(900, 0.05);
    }

    /** Whatever the log says happened before the plan began, a learner is exactly on plan on its first day. */
    @Test
    void progress_onTheLogsFirstDay_isExactlyOnPlan_whateverWasRecordedThen() {
        Tally tally = new Tally();
        qt().withFixedSeed(SEED + 1).withExamples(300).forAll(cases()).checkAssert(c -> {
            if (c.log().events().isEmpty()) {
                tally.skipped();
                return;
            }
            LocalDate first = c.log().firstDay().orElseThrow();
            List<ProgressEvent> sameDay = c.log().events().stream().map(e -> new ProgressEvent(e.project(), e.kind(),
                    first)).toList();
            Studypath studypath = Studypath.of(c.catalog());
            try {
                ProgressReport report = studypath.progress(c.goal(), studypath.newProfile().build(),
                        new ProgressLog(sameDay), first);
                assertEquals(0.0, report.weeksAhead(), report::toString);
                assertEquals(ProgressReport.Standing.Status.ON_PLAN, report.standing().status());
                tally.checked();
            } catch (UnknownGoalException e) {
                tally.skipped();
            }
        });
        tally.requireChecked(150, 0.5);
    }
}
