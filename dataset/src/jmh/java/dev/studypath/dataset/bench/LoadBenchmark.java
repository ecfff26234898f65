package dev.studypath.dataset.bench;

import dev.studypath.dataset.Catalogs;
import dev.studypath.engine.model.Catalog;
import dev.studypath.engine.testing.SyntheticCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading, checking and building a synthetic catalog from its JSON file: {@link Catalogs#load}
 * parses, checks every field's shape, then {@link Catalog#of} checks ids, references and cycles.
 * Each measurement is one whole load.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class LoadBenchmark {

    @Param({"100000"})
    public int projects;

    private Path file;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        file = Files.createTempFile("studypath-bench-" + projects + "-", ".json");
        Files.writeString(file, Catalogs.toJson(SyntheticCatalog.of(projects, RetainedMemory.SEED)));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public Catalog loadAndValidate() {
        return Catalogs.load(file);
    }
}
