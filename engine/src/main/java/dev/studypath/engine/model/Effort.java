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
     * How far past its lower end an open-ended estimate ("12+ weeks") is planned to reach:
     * 12+ weeks is planned as 12 to 18 weeks, most likely 12.
     */
    public static final double OPEN_END_TAIL = 1.5;

    /**
     * The estimate in hours, with a finite upper end: an open end becomes {@code min * OPEN_END_TAIL}.
     *
     * @param baselineHoursPerWeek the weekly hours a week of the catalog assumes
     */
    public Range plannedHours(double baselineHoursPerWeek) {
        Range hours = inHours(baselineHoursPerWeek);
        return hours.openEnded() ? new Range(hours.min(), hours.min() * OPEN_END_TAIL) : hours;
    }

    /**
     * The most likely hours: the middle of a closed range, the lower end of an open one (the
     * mode of the PERT distribution the schedule samples from).
     */
    public double likelyHours(double baselineHoursPerWeek) {
        Range hours = inHours(baselineHoursPerWeek);
        return hours.openEnded() ? hours.min() : (hours.min() + hours.max()) / 2;
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
