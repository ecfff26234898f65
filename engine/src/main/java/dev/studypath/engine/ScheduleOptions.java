package dev.studypath.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How to lay a learning path out on the calendar: the first day of study (required; the engine
 * never reads the clock), days with no study, an optional deadline, and the size and seed of the
 * Monte Carlo run behind the finish dates. Immutable; build it with {@link #builder()} or
 * {@link #startingOn(LocalDate)}.
 *
 * <p>A class with a builder rather than a record: all its settings but the start are optional, and the
 * deadline is absent more often than not ({@link #deadline()} returns an {@code Optional}).
 *
 * <pre>{@code
 * ScheduleOptions options = ScheduleOptions.builder()
 *         .start(LocalDate.of(2026, 3, 2))
 *         .timeOff(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 12))
 *         .deadline(LocalDate.of(2026, 12, 18))
 *         .build();
 * }</pre>
 */
public final class ScheduleOptions {

    /** The Monte Carlo samples drawn when none are set. */
    public static final int DEFAULT_SAMPLES = 10_000;
    /** The fewest Monte Carlo samples allowed: rougher percentiles, for quick checks and tests. */
    public static final int MIN_SAMPLES = 1_000;
    /** The most Monte Carlo samples allowed. */
    public static final int MAX_SAMPLES = 1_000_000;
    /** The Monte Carlo seed used when none is set, so that the same input gives the same schedule. */
    public static final long DEFAULT_SEED = 20_240_115L;
    /** The latest start date allowed, so that every date of a schedule stays representable. */
    public static final LocalDate LATEST_START = LocalDate.of(9000, 12, 31);
    /** The confidence, in percent, at which a deadline must be met when none is set. */
    public static final int DEFAULT_CONFIDENCE = 80;
    /** The confidences, in percent, that a deadline may be checked at: the schedule's P50, P80 and P95. */
    public static final java.util.Set<Integer> CONFIDENCES = java.util.Set.of(50, 80, 95);
    /** How many years after the start time off and the deadline may reach. */
    public static final int MAX_YEARS = 100;

    /**
     * Days with no study, both ends included. The order of the ends is checked by
     * {@link Builder#build()}, which knows the range's place in the list.
     *
     * @param start the first day off
     * @param end   the last day off, on or after {@code start}
     */
    public record TimeOff(LocalDate start, LocalDate end) {

        public TimeOff {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
        }

        /** The number of days off, {@code end - start + 1}. */
        public long days() {
            return end.toEpochDay() - start.toEpochDay() + 1;
        }
    }

    private final LocalDate start;
    private final List<TimeOff> timeOff;
    private final LocalDate deadline;
    private final int samples;
    private final long seed;
    private final Pace pace;
    private final int confidence;

    private ScheduleOptions(Builder builder) {
        if (builder.start == null) {
            throw new InvalidInputException("start", "input.startMissing");
        }
        if (builder.start.isAfter(LATEST_START)) {
            throw new InvalidInputException("start", "input.onOrBefore", LATEST_START, builder.start);
        }
        this.start = builder.start;
        LocalDate horizon = start.plusYears(MAX_YEARS);
        this.timeOff = List.copyOf(builder.timeOff);
        for (int i = 0; i < timeOff.size(); i++) {
            TimeOff off = timeOff.get(i);
            if (off.end().isBefore(off.start())) {
                throw new InvalidInputException("timeOff[" + i + "]", "input.endBeforeStart", off.end(), off.start());
            }
            if (off.end().isAfter(horizon)) {
                throw new InvalidInputException("timeOff[" + i + "]", "input.endTooLate", off.end(), MAX_YEARS, start);
            }
        }
        this.deadline = builder.deadline;
        if (deadline != null) {
            if (deadline.isBefore(start)) {
                throw new InvalidInputException("deadline", "input.deadlineBeforeStart", deadline, start);
            }
            if (deadline.isAfter(horizon)) {
                throw new InvalidInputException("deadline", "input.deadlineTooLate", deadline, MAX_YEARS, start);
            }
            if (firstStudyDay(start, timeOff).isAfter(deadline)) {
                throw new InvalidInputException("deadline", "input.noStudyDay", deadline, start);
            }
        }
        if (builder.samples < MIN_SAMPLES || builder.samples > MAX_SAMPLES) {
            throw new InvalidInputException("samples", "input.between", MIN_SAMPLES, MAX_SAMPLES, builder.samples);
        }
        this.samples = builder.samples;
        this.seed = builder.seed;
        this.pace = builder.pace;
        if (!CONFIDENCES.contains(builder.confidence)) {
            throw new InvalidInputException("confidence", "input.confidence", builder.confidence);
        }
        this.confidence = builder.confidence;
    }

    /** The first day on or after {@code start} that no time-off range covers. */
    private static LocalDate firstStudyDay(LocalDate start, List<TimeOff> timeOff) {
        List<TimeOff> sorted = new ArrayList<>(timeOff);
        sorted.sort(Comparator.comparing(TimeOff::start));
        LocalDate day = start;
        for (TimeOff off : sorted) {
            if (!off.start().isAfter(day) && !off.end().isBefore(day)) {
                day = off.end().plusDays(1);
            }
        }
        return day;
    }

    /** Options with every default: no time off, no deadline. */
    public static ScheduleOptions startingOn(LocalDate start) {
        return builder().start(start).build();
    }

    /** A builder with no start date, no time off, no deadline, the default samples and seed. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from these options. */
    public Builder toBuilder() {
        Builder builder = new Builder().start(start).timeOff(timeOff).samples(samples).seed(seed).pace(pace)
                .confidence(confidence);
        builder.deadline = deadline;
        return builder;
    }

    /** The first day of study (the learner's "today", chosen by the caller). */
    public LocalDate start() {
        return start;
    }

    /** The days with no study, in the order given; ranges may overlap. */
    public List<TimeOff> timeOff() {
        return timeOff;
    }

    /** The date by which the learner wants to be done, if any. */
    public Optional<LocalDate> deadline() {
        return Optional.ofNullable(deadline);
    }

    /** How many Monte Carlo samples to draw, {@value #MIN_SAMPLES}..{@value #MAX_SAMPLES}. */
    public int samples() {
        return samples;
    }

    /** The seed of the Monte Carlo run. */
    public long seed() {
        return seed;
    }

    /** The learner's pace: the factor applied to every project's hours, and its uncertainty. */
    public Pace pace() {
        return pace;
    }

    /**
     * The chance, in percent, with which the kept projects must end by the deadline: the deadline is
     * met when the schedule's finish at this confidence (P50, P80 or P95) is on or before it.
     */
    public int confidence() {
        return confidence;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScheduleOptions other && start.equals(other.start) && timeOff.equals(other.timeOff)
                && Objects.equals(deadline, other.deadline) && samples == other.samples && seed == other.seed
                && pace.equals(other.pace) && confidence == other.confidence;
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, timeOff, deadline, samples, seed, pace, confidence);
    }

    @Override
    public String toString() {
        return "ScheduleOptions[start=" + start + ", timeOff=" + timeOff + ", deadline=" + deadline + ", samples="
                + samples + ", seed=" + seed + ", pace=" + pace + ", confidence=" + confidence + "]";
    }

    /** Builds {@link ScheduleOptions}; each setter replaces the earlier value, time off adds up. */
    public static final class Builder {

        private LocalDate start;
        private final List<TimeOff> timeOff = new ArrayList<>();
        private LocalDate deadline;
        private int samples = DEFAULT_SAMPLES;
        private long seed = DEFAULT_SEED;
        private Pace pace = Pace.ESTIMATE;
        private int confidence = DEFAULT_CONFIDENCE;

        private Builder() {
        }

        /**
         * Sets the confidence, in percent (50, 80 or 95; default {@value #DEFAULT_CONFIDENCE}), at
         * which the kept projects must end by the deadline.
         */
        public Builder confidence(int percent) {
            this.confidence = percent;
            return this;
        }

        /** Sets the first day of study; required. */
        public Builder start(LocalDate start) {
            this.start = start;
            return this;
        }

        /** Adds the days {@code start..end}, both included, as time off. */
        public Builder timeOff(LocalDate start, LocalDate end) {
            timeOff.add(new TimeOff(start, end));
            return this;
        }

        /** Adds time-off ranges. */
        public Builder timeOff(Collection<TimeOff> ranges) {
            ranges.forEach(range -> timeOff.add(Objects.requireNonNull(range, "time off")));
            return this;
        }

        /** Sets the deadline: the last day by which projects must be finished to be kept. */
        public Builder deadline(LocalDate deadline) {
            this.deadline = Objects.requireNonNull(deadline, "deadline");
            return this;
        }

        /** Removes the deadline. */
        public Builder noDeadline() {
            this.deadline = null;
            return this;
        }

        /** Sets the number of Monte Carlo samples, 10,000..1,000,000. */
        public Builder samples(int samples) {
            this.samples = samples;
            return this;
        }

        /**
         * Sets the learner's pace (from {@link Studypath#pace}): every project's hours are multiplied
         * by its factor, and the Monte Carlo run draws the factor's uncertainty too. Default
         * {@link Pace#ESTIMATE}.
         */
        public Builder pace(Pace pace) {
            this.pace = Objects.requireNonNull(pace, "pace");
            return this;
        }

        /** Sets the Monte Carlo seed. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * @throws InvalidInputException when the start is missing or after {@link #LATEST_START}, a
         *                               time-off range ends before it starts, the deadline is before the
         *                               start or leaves no study day, time off or the deadline reach more
         *                               than {@link #MAX_YEARS} years past the start, the samples are
         *                               out of range, or the confidence is not 50, 80 or 95
         */
        public ScheduleOptions build() {
            return new ScheduleOptions(this);
        }
    }
}
