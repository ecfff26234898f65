package dev.studypath.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A query split into what the learner wants and what they say they already know or did: "I know
 * basic Rust, I want async networking" is the wish "async networking" and the statement "basic
 * Rust". Clauses end at punctuation; a clause that starts with a statement marker ("I know",
 * "I already did", "我会", "学过") is a statement up to a wish marker ("I want", "想学") inside it.
 *
 * @param wish       the normalized words of the wish, wrappers included (they are filler)
 * @param statements the normalized words of each statement, markers removed
 */
record Wish(String wish, List<String> statements) {

    private static final Pattern CLAUSES = Pattern.compile("[,，、;；。.!！?？\\n]+|\\s(?:but|then)\\s",
            Pattern.CASE_INSENSITIVE);

    /** What starts a statement of what the learner knows or did, normalized, longest first. */
    private static final List<String> STATEMENT_MARKERS = longestFirst(
            "i know", "i already know", "i do know", "i can", "i m familiar with", "i am familiar with",
            "familiar with", "i did", "i already did", "i have done", "i ve done", "i have already done",
            "i ve already done", "i completed", "i have completed", "i ve completed", "i already completed",
            "i finished", "i have finished", "i ve finished", "i already finished", "already did", "already know",
            "i studied", "i have studied", "i ve studied", "i learned", "i learnt", "i have learned", "i ve learned",
            "我会", "我已经会", "我懂", "我已经懂", "学过", "我学过", "我已经学过", "已经学过", "做过", "我做过",
            "我已经做过", "我完成了", "我已经完成了", "已经完成了", "我熟悉", "熟悉");

    /** What starts the wish inside a statement's clause ("我会 Rust 想学异步"), normalized, longest first. */
    private static final List<String> WISH_MARKERS = longestFirst(
            "i want", "i d like", "i would like", "want to", "and now", "now i", "and want", "and i want",
            "我想", "想学", "想要", "现在想", "但想", "还想", "我要");

    static Wish parse(String query) {
        StringBuilder wish = new StringBuilder();
        List<String> statements = new ArrayList<>();
        for (String clause : CLAUSES.split(query)) {
            String words = Folding.normalize(clause);
            String marker = startMarker(words, STATEMENT_MARKERS);
            if (marker == null) {
                append(wish, words);
                continue;
            }
            String rest = words.substring(marker.length()).strip();
            int at = firstMarker(rest);
            if (at < 0) {
                statements.add(rest);
            } else {
                statements.add(rest.substring(0, at).strip());
                append(wish, rest.substring(at).strip());
            }
        }
        statements.removeIf(String::isEmpty);
        return new Wish(wish.toString(), statements);
    }

    private static void append(StringBuilder to, String words) {
        if (!words.isEmpty()) {
            to.append(to.isEmpty() ? "" : " ").append(words);
        }
    }

    private static String startMarker(String words, List<String> markers) {
        for (String marker : markers) {
            if (words.startsWith(marker) && boundary(words, marker.length())) {
                return marker;
            }
        }
        return null;
    }

    /** Where the first wish marker inside {@code words} starts, at a word boundary; -1 when none. */
    private static int firstMarker(String words) {
        int first = -1;
        for (String marker : WISH_MARKERS) {
            for (int at = words.indexOf(marker); at >= 0; at = words.indexOf(marker, at + 1)) {
                boolean starts = at == 0 || words.charAt(at - 1) == ' ' || Character.isIdeographic(words.charAt(at));
                if (starts && boundary(words, at + marker.length()) && (first < 0 || at < first)) {
                    first = at;
                    break;
                }
            }
        }
        return first;
    }

    /** Whether a phrase ending at {@code end} ends a word: at a space, the end, or inside Chinese text. */
    private static boolean boundary(String words, int end) {
        return end == words.length() || words.charAt(end) == ' ' || Character.isIdeographic(words.charAt(end - 1));
    }

    private static List<String> longestFirst(String... markers) {
        return Stream.of(markers).map(Folding::normalize).sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }
}
