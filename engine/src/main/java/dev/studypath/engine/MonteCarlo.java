package dev.studypath.engine;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Samples the total hours of a sequence of projects, each PERT-distributed, times the learner's
 * uncertain pace, and reports its percentiles. Draws project by project from one seeded generator, so the first {@code k} projects
 * of a sequence get the same draws as in any longer sequence that starts with them.
 */
final class MonteCarlo {

    /**
     * The P50, P80 and P95 of a sampled total, in hours, and the sorted totals themselves.
     */
    record Percentiles(double p50, double p80, double p95, double[] sorted) {

        static final Percentiles ZERO = new Percentiles(0, 0, 0, new double[] {0});

        /** The percentile of the total at a confidence of 50, 80 or 95 percent. */
        double at(int confidence) {
            return switch (confidence) {
                case 50 -> p50;
                case 80 -> p80;
                case 95 -> p95;
                default -> throw new IllegalArgumentException("confidence must be 50, 80 or 95: " + confidence);
            };
        }

        /** The share of the samples whose total is at most {@code hours}. */
        double shareAtMost(double hours) {
            int low = 0;
            int high = sorted.length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (sorted[middle] <= hours) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return (double) low / sorted.length;
        }
    }

    /**
     * A PERT distribution: a beta distribution scaled to {@code min..max} with its mode at
     * {@code mode}, shape parameters {@code 1 + 4 (mode - min) / (max - min)} and
     * {@code 1 + 4 (max - mode) / (max - min)}.
     */
    record Pert(double min, double mode, double max) {

        Pert {
            if (!(min >= 0 && min <= mode && mode <= max) || Double.isInfinite(max)) {
                throw new IllegalArgumentException("PERT needs finite 0 <= min <= mode <= max: " + min + ", " + mode
                        + ", " + max);
            }
        }

        void addSamples(double[] totals, RandomGenerator random) {
            double range = max - min;
            if (range == 0) {
                for (int s = 0; s < totals.length; s++) {
                    totals[s] += min;
                }
                return;
            }
            BetaDistribution beta = new BetaDistribution(random, 1 + 4 * (mode - min) / range,
                    1 + 4 * (max - mode) / range);
            for (int s = 0; s < totals.length; s++) {
                totals[s] += min + range * beta.sample();
            }
        }
    }

    private final int samples;
    private final long seed;
    private final double paceLogSd;

    /**
     * @param paceLogSd the uncertainty of the learner's pace factor (the sd of its log); each sample's
     *                  total is multiplied by exp(N(0, paceLogSd²)), drawn after the efforts; 0 for none
     */
    MonteCarlo(int samples, long seed, double paceLogSd) {
        this.samples = samples;
        this.seed = seed;
        this.paceLogSd = paceLogSd;
    }

    /** The percentiles of the total of the first {@code count} efforts. */
    Percentiles total(Pert[] efforts, int count) {
        if (count == 0) {
            return Percentiles.ZERO;
        }
        RandomGenerator random = new Well19937c(seed);
        double[] totals = new double[samples];
        for (int i = 0; i < count; i++) {
            efforts[i].addSamples(totals, random);
        }
        if (paceLogSd > 0) {
            NormalDistribution pace = new NormalDistribution(random, 0, paceLogSd);
            for (int s = 0; s < samples; s++) {
                totals[s] *= Math.exp(pace.sample());
            }
        }
        Percentile percentile = new Percentile();
        percentile.setData(totals);
        double p50 = percentile.evaluate(50);
        double p80 = percentile.evaluate(80);
        double p95 = percentile.evaluate(95);
        java.util.Arrays.sort(totals);
        return new Percentiles(p50, p80, p95, totals);
    }
}
