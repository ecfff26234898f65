package dev.studypath.engine;

import java.text.Normalizer;
import java.util.Locale;

/** How queries and catalog names are compared: folded case and width, punctuation as space. */
final class Folding {

    private Folding() {
    }

    /**
     * Lower-cases and NFKC-folds {@code s}, turns everything but letters and digits into single spaces,
     * and puts a space between an ideograph and a letter or digit, so "CLI工具" and "cli 工具" agree.
     */
    static String normalize(String s) {
        String folded = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        int previous = ' ';
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetterOrDigit(cp)) {
                if (previous != ' ') {
                    out.append(' ');
                    previous = ' ';
                }
                continue;
            }
            if (previous != ' ' && Character.isIdeographic(previous) != Character.isIdeographic(cp)) {
                out.append(' ');
            }
            out.appendCodePoint(cp);
            previous = cp;
        }
        int end = out.length();
        return end > 0 && out.charAt(end - 1) == ' ' ? out.substring(0, end - 1) : out.toString();
    }

    /** Whether {@code s} has an ideograph (a Chinese or Japanese character). */
    static boolean hasIdeograph(String s) {
        return s.codePoints().anyMatch(Character::isIdeographic);
    }

    /**
     * The optimal string alignment distance: edits (insert, delete, substitute, swap two neighbours)
     * to turn {@code a} into {@code b}. Hand-written because Commons Text's Levenshtein has no swaps,
     * and "netwroking" is one swap from "networking".
     */
    static int distance(String a, String b) {
        int n = a.length();
        int m = b.length();
        int[] before = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, before[j - 2] + 1);
                }
                current[j] = best;
            }
            int[] recycled = before;
            before = previous;
            previous = current;
            current = recycled;
        }
        return previous[m];
    }

    /**
     * {@link #distance(String, String)} when it is at most {@code max}, otherwise {@code max + 1}.
     * Computes only the cells within {@code max} of the diagonal, capped at {@code max + 1}, so it
     * takes O(length * max) rather than O(length^2): goal matching compares a query with every name.
     */
    static int distance(String a, String b, int max) {
        int n = a.length();
        int m = b.length();
        int cap = max + 1;
        if (Math.abs(n - m) > max) {
            return cap;
        }
        int[] before = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = Math.min(j, cap);
        }
        for (int i = 1; i <= n; i++) {
            int from = Math.max(1, i - max);
            int to = Math.min(m, i + max);
            current[0] = Math.min(i, cap);
            if (from > 1) {
                current[from - 1] = cap;
            }
            for (int j = from; j <= to; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, before[j - 2] + 1);
                }
                current[j] = Math.min(best, cap);
            }
            if (to < m) {
                current[to + 1] = cap;
            }
            int[] recycled = before;
            before = previous;
            previous = current;
            current = recycled;
        }
        return Math.min(previous[m], cap);
    }

    /** The edits a word of this length may have and still match: none below 4 letters, 2 from 8. */
    static int tolerance(int length) {
        return length < 4 ? 0 : length < 8 ? 1 : 2;
    }
}
