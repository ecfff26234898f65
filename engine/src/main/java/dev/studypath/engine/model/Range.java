package dev.studypath.engine.model;

/**
 * A closed range of non-negative amounts, {@code min..max}; {@code max} is
 * {@link Double#POSITIVE_INFINITY} when the source gives an open upper end ("12+").
 *
 * @param min the lower end, at least 0
 * @param max the upper end, at least {@code min}, or positive infinity
 */
public record Range(double min, double max) {

    public Range {
        if (!(min >= 0) || Double.isInfinite(min)) {
            throw new IllegalArgumentException("range minimum must be a finite number >= 0: " + min);
        }
        if (Double.isNaN(max) || max < min) {
            throw new IllegalArgumentException("range maximum must be >= minimum " + min + ": " + max);
        }
    }

    /** A range with an open upper end, such as "12+". */
    public static Range atLeast(double min) {
        return new Range(min, Double.POSITIVE_INFINITY);
    }

    /** Whether the upper end is open. */
    public boolean openEnded() {
        return Double.isInfinite(max);
    }

    /** The same range multiplied by {@code factor} (positive). */
    public Range times(double factor) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("factor must be a finite number > 0: " + factor);
        }
        return new Range(min * factor, max * factor);
    }
}
