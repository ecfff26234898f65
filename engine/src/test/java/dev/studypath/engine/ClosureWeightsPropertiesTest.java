package dev.studypath.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.studypath.engine.model.Catalog;
import dev.studypath.engine.model.Prerequisite;
import dev.studypath.engine.testing.CatalogGen;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.dsl.TheoryBuilder;
import org.quicktheories.generators.SourceDSL;

/** {@link PrerequisiteGraph#closureWeights} against a plain breadth-first walk, on random catalogs. */
class ClosureWeightsPropertiesTest {

    private static final long SEED = 20261207L;
    private static final int EXAMPLES = 300;
    /** Enough to make a failing case smaller, few enough that a failure is reported within a minute. */
    private static final int SHRINK_CYCLES = 200;

    /**
     * A random catalog, the projects asked (up to twice as many as there are, repeats and included
     * ones among them, so that several batches of 64 are swept), a random included set and weights.
     */
    private record Case(Catalog catalog, int[] projects, BitSet included, double[] weight) {
    }

    private static Gen<Case> cases() {
        return CatalogGen.catalogs(300).zip(SourceDSL.longs().all(), (catalog, seed) -> {
            Random random = new Random(seed);
            int n = catalog.projects().size();
            int[] projects = new int[n == 0 ? 0 : random.nextInt(2 * n + 1)];
            for (int i = 0; i < projects.length; i++) {
                projects[i] = random.nextInt(n);
            }
            BitSet included = new BitSet(n);
            int percent = random.nextInt(60);
            double[] weight = new double[n];
            for (int v = 0; v < n; v++) {
                if (random.nextInt(100) < percent) {
                    included.set(v);
                }
                weight[v] = random.nextInt(10) == 0 ? 0 : random.nextDouble() * 200;
            }
            return new Case(catalog, projects, included, weight);
        });
    }

    private static TheoryBuilder<Case> theory() {
        return qt().withFixedSeed(SEED).withExamples(EXAMPLES).withShrinkCycles(SHRINK_CYCLES).forAll(cases());
    }

    /** The weights of {@code t} and what it needs outside {@code included}, by the catalog's own lists. */
    private static double walk(Catalog catalog, int t, BitSet included, double[] weight) {
        if (included.get(t)) {
            return 0;
        }
        BitSet seen = new BitSet();
        Deque<Integer> queue = new ArrayDeque<>();
        seen.set(t);
        queue.add(t);
        double sum = 0;
        while (!queue.isEmpty()) {
            int v = queue.poll();
            sum += weight[v];
            for (Prerequisite prerequisite : catalog.projects().get(v).prerequisites()) {
                int u = catalog.indexOf(prerequisite.project());
                if (!seen.get(u) && !included.get(u)) {
                    seen.set(u);
                    queue.add(u);
                }
            }
        }
        return sum;
    }

    @Test
    void closureWeights_areTheSumsOfABreadthFirstWalkThatStopsAtIncludedProjects() {
        theory().checkAssert(c -> {
            PrerequisiteGraph graph = new PrerequisiteGraph(new CatalogIndex(c.catalog()));
            double[] sums = graph.closureWeights(c.projects(), c.included(), c.weight());
            assertEquals(c.projects().length, sums.length);
            for (int i = 0; i < sums.length; i++) {
                double expected = walk(c.catalog(), c.projects()[i], c.included(), c.weight());
                assertTrue(Math.abs(sums[i] - expected) <= 1e-9 * Math.abs(expected),
                        "project " + c.projects()[i] + ": " + sums[i] + " against " + expected);
            }
        });
    }

    @Test
    void closureWeights_doNotDependOnTheOrderOfTheProjectsAsked() {
        theory().checkAssert(c -> {
            PrerequisiteGraph graph = new PrerequisiteGraph(new CatalogIndex(c.catalog()));
            int[] reversed = new int[c.projects().length];
            for (int i = 0; i < reversed.length; i++) {
                reversed[i] = c.projects()[reversed.length - 1 - i];
            }
            double[] sums = graph.closureWeights(c.projects(), c.included(), c.weight());
            double[] backwards = graph.closureWeights(reversed, c.included(), c.weight());
            for (int i = 0; i < sums.length; i++) {
                assertEquals(sums[i], backwards[sums.length - 1 - i], "project " + c.projects()[i]);
            }
        });
    }
}
