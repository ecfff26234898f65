package dev.studypath.engine.model;

import java.util.Objects;

/**
 * How long a project takes to study, as the catalog states it: a range in weeks or in hours.
 *
 * @param unit  the unit of {@code range}
 * @param range the estimate; its upper end may be open ("12+ weeks")
 */
public record Effort(Unit unit, Range range) {

    /** The unit of an effort estimate. */
    public enum Unit {
        /** Weeks of study at the catalog's {@link Catalog#baselineHoursPerWeek() baseline hours}. */
        WEEKS,
        /** Hours of study. */
        HOURS
    }

    public Effort {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(range, "range");
    }

    /** An estimate of {@code min..max} weeks. */
    public static Effort weeks(double min, double max) {
        return new Effort(Unit.WEEKS, new Range(min, max));
    }

    /** An estimate of {@code min..max} hours. */
    public static Effort hours(double min, double max) {
        return new Effort(Unit.HOURS, new Range(min, max));
    }

    /**
     * The estimate in hours of study.
     *
     * @param baselineHoursPerWeek the weekly hours a week of the catalog assumes
     */
    public Range inHours(double baselineHoursPerWeek) {
        return unit == Unit.HOURS ? range : range.times(baselineHoursPerWeek);
    }
}
