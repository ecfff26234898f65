package dev.studypath.engine.bench;

import dev.studypath.engine.LearningPath;
import dev.studypath.engine.Profile;
import dev.studypath.engine.Step;
import dev.studypath.engine.Studypath;
import dev.studypath.engine.model.Catalog;
import dev.studypath.engine.model.Prerequisite;
import dev.studypath.engine.model.Project;
import dev.studypath.engine.testing.SyntheticCatalog;
import java.util.concurrent.TimeUnit;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.jgrapht.traverse.TopologicalOrderIterator;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The path for a goal whose prerequisites cover nearly the whole catalog ({@link
 * SyntheticCatalog#MASTERY_GOAL}), against two topological sorts of the same prerequisite graph in
 * the same run: a bare Kahn sort over int arrays in compressed adjacency form (FIFO queue, no
 * preferences, no selection), and JGraphT's {@code TopologicalOrderIterator} over a
 * {@code SimpleDirectedGraph} built once per trial (in the JGraphT benchmark's fork only).
 *
 * <p>The fork touches its whole heap first ({@code -XX:+AlwaysPreTouch}): otherwise a run of a few
 * seconds allocates its way through fresh memory once, and every benchmark here pays the operating
 * system's first-touch page faults for what it allocates, which a long-running process does not.
 *
 * <p>{@code path} plans and returns the path, whose steps are made when read; {@code pathReadAll}
 * also reads every step's reasons, as printing the whole path does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 4, time = 2)
public class PathScalingBenchmark {

    /** The seed of every synthetic catalog here. */
    public static final long SEED = 20260601L;

    @Param({"1000", "10000", "100000"})
    public int projects;

    private Studypath studypath;
    private Profile nobody;
    /** Dependents in compressed adjacency form: those of v are dependents[start[v]..start[v + 1]). */
    private int[] start;
    private int[] dependents;

    @Setup(Level.Trial)
    public void setUp() {
        Catalog catalog = SyntheticCatalog.of(projects, SEED);
        studypath = Studypath.of(catalog);
        nobody = studypath.newProfile().build();
        int n = catalog.projects().size();
        start = new int[n + 1];
        for (Project project : catalog.projects()) {
            for (Prerequisite prerequisite : project.prerequisites()) {
                start[catalog.indexOf(prerequisite.project()) + 1]++;
            }
        }
        for (int v = 0; v < n; v++) {
            start[v + 1] += start[v];
        }
        dependents = new int[start[n]];
        int[] fill = start.clone();
        for (int v = 0; v < n; v++) {
            for (Prerequisite prerequisite : catalog.projects().get(v).prerequisites()) {
                dependents[fill[catalog.indexOf(prerequisite.project())]++] = v;
            }
        }
        LearningPath path = path();
        if (path.steps().size() < 0.9 * n || kahn().length != n) {
            throw new IllegalStateException("the mastery path has only " + path.steps().size() + " of " + n
                    + " projects");
        }
    }

    @Benchmark
    public LearningPath path() {
        return studypath.path(SyntheticCatalog.MASTERY_GOAL, nobody);
    }

    @Benchmark
    public void pathReadAll(Blackhole blackhole) {
        for (Step step : path().steps()) {
            blackhole.consume(step.reasons());
        }
    }

    /** Kahn's algorithm over int arrays: in-degrees, then a FIFO queue of the ready projects. */
    @Benchmark
    public int[] kahn() {
        int n = start.length - 1;
        int[] waiting = new int[n];
        for (int w : dependents) {
            waiting[w]++;
        }
        int[] queue = new int[n];
        int tail = 0;
        for (int v = 0; v < n; v++) {
            if (waiting[v] == 0) {
                queue[tail++] = v;
            }
        }
        for (int head = 0; head < tail; head++) {
            int v = queue[head];
            for (int e = start[v]; e < start[v + 1]; e++) {
                if (--waiting[dependents[e]] == 0) {
                    queue[tail++] = dependents[e];
                }
            }
        }
        return queue;
    }

    /**
     * The same graph in JGraphT, built only in the fork that measures JGraphT (it holds far more heap
     * than the catalog, and would slow the other benchmarks' collections).
     */
    @State(Scope.Benchmark)
    public static class JGraphT {

        SimpleDirectedGraph<Integer, DefaultEdge> graph;

        @Setup(Level.Trial)
        public void setUp(PathScalingBenchmark bench) {
            graph = new SimpleDirectedGraph<>(DefaultEdge.class);
            int n = bench.start.length - 1;
            for (int v = 0; v < n; v++) {
                graph.addVertex(v);
            }
            for (int u = 0; u < n; u++) {
                for (int e = bench.start[u]; e < bench.start[u + 1]; e++) {
                    graph.addEdge(u, bench.dependents[e]);
                }
            }
        }
    }

    @Benchmark
    public void jgraphtTopologicalOrder(JGraphT jgrapht, Blackhole blackhole) {
        TopologicalOrderIterator<Integer, DefaultEdge> order = new TopologicalOrderIterator<>(jgrapht.graph);
        while (order.hasNext()) {
            blackhole.consume(order.next());
        }
    }
}
