package dev.studypath.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.studypath.engine.Profile;
import dev.studypath.engine.ScheduleOptions;
import dev.studypath.engine.Studypath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The facade shared by eight threads answers exactly what it answers one query at a time. */
class ConcurrencyTest {

    private static final int THREADS = 8;
    private static final int QUERIES_PER_THREAD = 10_000;
    /** One query in this many is a schedule (10,000 Monte Carlo samples each); the rest next and path. */
    private static final int SCHEDULE_EVERY = 100;

    @Test
    void eightThreadsOfMixedQueries_getTheSameAnswersAsOneThread() throws Exception {
        Studypath studypath = Studypath.of(Catalogs.bundled());
        List<String> goals = List.of("", "async networking", "异步编程", "CLI tools", "GPU", "browser technology",
                "asynch netwroking", "systems programming");
        List<Profile> profiles = List.of(studypath.newProfile().build(),
                studypath.newProfile().completed("rustlings").hoursPerWeek(6).build(),
                studypath.newProfile().completed("rustlings", "mini-redis").known("async", 3).build(),
                studypath.newProfile().maxDifficulty(4).hoursPerWeek(20).build());
        List<Supplier<Object>> queries = new ArrayList<>();
        List<Boolean> isSchedule = new ArrayList<>();
        for (String goal : goals) {
            for (Profile profile : profiles) {
                queries.add(() -> studypath.next(goal, profile, 5));
                isSchedule.add(false);
                queries.add(() -> studypath.path(goal, profile));
                isSchedule.add(false);
                queries.add(() -> studypath.schedule(goal, profile, ScheduleOptions.startingOn(LocalDate.of(2026, 12, 1))));
                isSchedule.add(true);
            }
        }
        List<Object> expected = queries.stream().map(Supplier::get).toList();
        List<Integer> quick = new ArrayList<>();
        List<Integer> schedules = new ArrayList<>();
        for (int q = 0; q < queries.size(); q++) {
            (isSchedule.get(q) ? schedules : quick).add(q);
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                long seed = t;
                results.add(pool.submit(() -> {
                    Random random = new Random(seed);
                    int checked = 0;
                    for (int i = 0; i < QUERIES_PER_THREAD; i++) {
                        List<Integer> from = i % SCHEDULE_EVERY == 0 ? schedules : quick;
                        int q = from.get(random.nextInt(from.size()));
                        assertEquals(expected.get(q), queries.get(q).get(), "query " + q);
                        checked++;
                    }
                    return checked;
                }));
            }
            int total = 0;
            for (Future<Integer> result : results) {
                total += result.get();
            }
            assertEquals(THREADS * QUERIES_PER_THREAD, total);
        } finally {
            pool.shutdownNow();
        }
    }
}
