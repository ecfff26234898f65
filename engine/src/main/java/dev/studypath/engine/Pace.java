package dev.studypath.engine;

/**
 * How fast a learner really studies, compared with the catalog's estimates at their weekly hours:
 * 1 is as estimated, 2 twice as long. Learned from the projects they finished, with its uncertainty
 * (see {@link Studypath#pace}).
 *
 * @param factor       the most likely pace factor (the posterior median), &gt; 0
 * @param low          the lower end of its 90 % credible interval
 * @param high         the upper end of its 90 % credible interval
 * @param observations how many finished projects it learned from
 * @param logSd        the standard deviation of the log of the factor; 0 when nothing was learned
 */
public record Pace(double factor, double low, double high, int observations, double logSd) {

    /** The catalog's estimates as they are: no data, no adjustment. */
    public static final Pace ESTIMATE = new Pace(1, 1, 1, 0, 0);

    public Pace {
        if (!(factor > 0 && low > 0 && low <= factor && factor <= high) || Double.isInfinite(high)) {
            throw new IllegalArgumentException("pace needs 0 < low <= factor <= high: " + low + ", " + factor + ", " + high);
        }
        if (observations < 0 || !(logSd >= 0)) {
            throw new IllegalArgumentException("pace needs observations >= 0 and logSd >= 0: " + observations + ", "
                    + logSd);
        }
    }
}
