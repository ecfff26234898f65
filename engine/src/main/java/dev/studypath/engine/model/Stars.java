package dev.studypath.engine.model;

/**
 * A project's popularity as the source states it: "50,000+" is 50,000 at least, "3.5k" is 3,500.
 *
 * @param count   the number of stars; 0 when unknown
 * @param atLeast whether the source gives {@code count} as a lower bound ("50,000+")
 */
public record Stars(long count, boolean atLeast) {

    /** Unknown popularity. */
    public static final Stars UNKNOWN = new Stars(0, false);

    public Stars {
        if (count < 0) {
            throw new IllegalArgumentException("stars cannot be negative: " + count);
        }
    }

    /** Exactly {@code count} stars, as far as the source says. */
    public static Stars of(long count) {
        return new Stars(count, false);
    }

    /** At least {@code count} stars ("50,000+"). */
    public static Stars atLeast(long count) {
        return new Stars(count, true);
    }
}
