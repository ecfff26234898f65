package dev.studypath.dataset.bench;

import dev.studypath.dataset.Catalogs;
import dev.studypath.engine.LearningPath;
import dev.studypath.engine.Profile;
import dev.studypath.engine.Recommendation;
import dev.studypath.engine.Schedule;
import dev.studypath.engine.ScheduleOptions;
import dev.studypath.engine.Step;
import dev.studypath.engine.Studypath;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@code path}, {@code next} and {@code schedule} for "async networking" on the bundled catalog, for
 * a newcomer, as the CLI asks them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class BundledBenchmark {

    static final String GOAL = "async networking";

    private Studypath studypath;
    private Profile newcomer;
    private ScheduleOptions options;

    @Setup(Level.Trial)
    public void setUp() {
        studypath = Studypath.of(Catalogs.bundled());
        newcomer = studypath.newProfile().build();
        options = ScheduleOptions.startingOn(LocalDate.of(2026, 1, 5));
        if (options.samples() != 10_000) {
            throw new IllegalStateException("expected 10,000 samples, got " + options.samples());
        }
    }

    @Benchmark
    public LearningPath path() {
        return studypath.path(GOAL, newcomer);
    }

    /** The path with every step's reasons read, as {@code studypath path} prints them. */
    @Benchmark
    public void pathReadAll(Blackhole blackhole) {
        for (Step step : path().steps()) {
            blackhole.consume(step.reasons());
        }
    }

    @Benchmark
    public Recommendation next() {
        return studypath.next(GOAL, newcomer);
    }

    /** The dated schedule, with the default {@value ScheduleOptions#DEFAULT_SAMPLES} Monte Carlo samples. */
    @Benchmark
    public Schedule schedule() {
        return studypath.schedule(GOAL, newcomer, options);
    }
}
