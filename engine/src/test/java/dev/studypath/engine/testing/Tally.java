package dev.studypath.engine.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Counts the cases a property checked and those it skipped (an input the property does not apply to),
 * so that a property cannot pass on nothing: {@link #requireChecked} fails when too few were checked.
 */
public final class Tally {

    private int checked;
    private int skipped;

    /** Counts a case the property checked. */
    public void checked() {
        checked++;
    }

    /** Counts a case the property skipped. */
    public void skipped() {
        skipped++;
    }

    /**
     * Fails unless at least {@code minimum} cases were checked and at most {@code maxSkippedShare} of
     * all cases were skipped.
     */
    public void requireChecked(int minimum, double maxSkippedShare) {
        int all = checked + skipped;
        assertTrue(checked >= minimum, "only " + checked + " cases checked (" + skipped + " skipped), at least "
                + minimum + " needed");
        assertTrue(skipped <= maxSkippedShare * all, skipped + " of " + all + " cases skipped, more than "
                + Math.round(maxSkippedShare * 100) + " %");
    }
}
