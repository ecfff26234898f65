package dev.studypath.engine.goal;

import dev.studypath.engine.GoalMatch;
import dev.studypath.engine.GoalMatch.WeightedSkill;
import dev.studypath.engine.UnknownGoalException;
import dev.studypath.engine.model.Catalog;
import dev.studypath.engine.model.Goal;
import dev.studypath.engine.model.Skill;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a free-text goal, in English or Chinese, into the catalog's goals and skills.
 * Internal to the engine: built once per catalog by the facade.
 *
 * <p>It first looks for Chinese phrases anywhere in the query (Chinese has no spaces), then for
 * English phrases of up to four words, longest first, exactly or within a small number of edits
 * ({@link Text#tolerance}). A phrase is a goal's or skill's name, alias or id.
 */
public final class GoalMatcher {

    private static final int MAX_WORDS = 4;
    private static final int MAX_SUGGESTIONS = 5;
    private static final double FUZZY_WEIGHT = 0.8;
    private static final double SUGGESTION_DISTANCE = 0.4;
    private static final double PREFIX_BONUS = 0.15;
    private static final Set<String> FILLER = Set.of("a", "an", "and", "the", "to", "of", "in", "for", "with",
            "i", "want", "learn", "learning", "study", "about", "how", "programming", "development", "dev",
            "technology", "tools", "me", "my", "on", "or", "学习", "我想学", "我想", "想学", "和", "的", "与");

    /** A phrase that names a goal or a skill. */
    private record Entry(String phrase, int words, Goal goal, Skill skill, int order) {

        String displayName() {
            return goal != null ? goal.name().english() : skill.name().english();
        }
    }

    private final Catalog catalog;
    private final Map<String, List<Entry>> exact = new HashMap<>();
    private final List<Entry> entries = new ArrayList<>();
    private final List<Entry> ideographic = new ArrayList<>();

    public GoalMatcher(Catalog catalog) {
        this.catalog = catalog;
        int order = 0;
        for (Goal goal : catalog.goals()) {
            for (String phrase : phrases(goal.id(), goal.name(), goal.aliases())) {
                add(new Entry(phrase, words(phrase), goal, null, order));
            }
            order++;
        }
        for (Skill skill : catalog.skills()) {
            for (String phrase : phrases(skill.id(), skill.name(), skill.aliases())) {
                add(new Entry(phrase, words(phrase), null, skill, order));
            }
            order++;
        }
        ideographic.sort(Comparator.comparingInt((Entry e) -> -e.phrase().length()).thenComparingInt(Entry::order));
    }

    private static Set<String> phrases(String id, dev.studypath.engine.model.Text name, List<String> aliases) {
        Set<String> phrases = new LinkedHashSet<>();
        phrases.add(Text.normalize(name.en()));
        phrases.add(Text.normalize(name.zh()));
        aliases.forEach(alias -> phrases.add(Text.normalize(alias)));
        phrases.add(Text.normalize(id));
        phrases.remove("");
        return phrases;
    }

    private void add(Entry entry) {
        List<Entry> same = exact.computeIfAbsent(entry.phrase(), k -> new ArrayList<>());
        if (same.stream().noneMatch(e -> e.goal() == entry.goal() && e.skill() == entry.skill())) {
            same.add(entry);
            entries.add(entry);
            if (Text.hasIdeograph(entry.phrase())) {
                ideographic.add(entry);
            }
        }
    }

    private static int words(String phrase) {
        return phrase.split(" ").length;
    }

    /**
     * What {@code query} means.
     *
     * @throws UnknownGoalException when nothing in it names a goal or a skill
     */
    public GoalMatch match(String query) {
        String normalized = Text.normalize(query);
        if (normalized.isEmpty()) {
            return new GoalMatch(query, GoalMatch.Kind.WHOLE_ROUTE, List.of(), List.of(), List.of());
        }
        List<Entry> whole = exact.get(normalized);
        if (whole != null) {
            Entry entry = preferGoal(whole);
            return result(query, List.of(entry), List.of(), entry.goal() != null, Set.of());
        }
        List<Entry> found = new ArrayList<>();
        Set<Entry> fuzzy = new java.util.HashSet<>();
        char[] rest = normalized.toCharArray();
        for (Entry entry : ideographic) {
            for (int at = indexOf(rest, entry.phrase(), 0); at >= 0; at = indexOf(rest, entry.phrase(), at + 1)) {
                found.add(entry);
                Arrays.fill(rest, at, at + entry.phrase().length(), ' ');
            }
        }
        List<String> words = Arrays.stream(new String(rest).trim().split(" +")).filter(w -> !w.isEmpty()).toList();
        List<String> ignored = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int taken = 0;
            for (int n = Math.min(MAX_WORDS, words.size() - i); n >= 1 && taken == 0; n--) {
                String phrase = String.join(" ", words.subList(i, i + n));
                List<Entry> hit = exact.get(phrase);
                if (hit != null) {
                    found.add(preferGoal(hit));
                    taken = n;
                } else if (!(n == 1 && FILLER.contains(phrase))) {
                    Entry near = nearest(phrase, n);
                    if (near != null) {
                        found.add(near);
                        fuzzy.add(near);
                        taken = n;
                    }
                }
            }
            if (taken == 0) {
                if (!FILLER.contains(words.get(i))) {
                    ignored.add(words.get(i));
                }
                taken = 1;
            }
            i += taken;
        }
        if (found.isEmpty()) {
            throw new UnknownGoalException(query, suggestions(normalized));
        }
        return result(query, found, ignored, false, fuzzy);
    }

    private static int indexOf(char[] text, String phrase, int from) {
        outer:
        for (int at = from; at + phrase.length() <= text.length; at++) {
            for (int k = 0; k < phrase.length(); k++) {
                if (text[at + k] != phrase.charAt(k)) {
                    continue outer;
                }
            }
            boolean startsClean = at == 0 || text[at - 1] == ' ' || Character.isIdeographic(text[at]);
            int end = at + phrase.length();
            boolean endsClean = end == text.length || text[end] == ' ' || Character.isIdeographic(text[end - 1]);
            if (startsClean && endsClean) {
                return at;
            }
        }
        return -1;
    }

    private static Entry preferGoal(List<Entry> candidates) {
        return candidates.stream().filter(e -> e.goal() != null).findFirst().orElse(candidates.get(0));
    }

    /** The entry within tolerance of {@code phrase}: fewest edits, then goals, then catalog order. */
    private Entry nearest(String phrase, int wordCount) {
        int tolerance = Text.tolerance(phrase.length());
        Entry best = null;
        int bestDistance = tolerance + 1;
        for (Entry entry : entries) {
            if (entry.words() != wordCount || Math.abs(entry.phrase().length() - phrase.length()) > tolerance) {
                continue;
            }
            int d = Text.distance(phrase, entry.phrase(), tolerance);
            if (d < bestDistance || d == bestDistance && best != null && better(entry, best)) {
                best = entry;
                bestDistance = d;
            }
        }
        return bestDistance <= tolerance ? best : null;
    }

    private static boolean better(Entry a, Entry b) {
        if ((a.goal() != null) != (b.goal() != null)) {
            return a.goal() != null;
        }
        return a.order() < b.order();
    }

    private GoalMatch result(String query, List<Entry> found, List<String> ignored, boolean wholeGoal,
                             Set<Entry> fuzzy) {
        Map<String, Double> weights = new LinkedHashMap<>();
        Set<String> goals = new LinkedHashSet<>();
        for (Entry entry : found) {
            double weight = fuzzy.contains(entry) ? FUZZY_WEIGHT : 1.0;
            List<String> skills = entry.goal() != null ? entry.goal().skills() : List.of(entry.skill().id());
            if (entry.goal() != null) {
                goals.add(entry.goal().id());
            }
            skills.forEach(skill -> weights.merge(skill, weight, Math::max));
        }
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        List<WeightedSkill> skills = weights.entrySet().stream()
                .map(e -> new WeightedSkill(e.getKey(), e.getValue() / total)).toList();
        GoalMatch.Kind kind = wholeGoal ? GoalMatch.Kind.GOAL : GoalMatch.Kind.SKILLS;
        return new GoalMatch(query, kind, List.copyOf(goals), skills, ignored);
    }

    /**
     * The goal and skill names closest to the query, for "did you mean": those with a word within
     * {@link #SUGGESTION_DISTANCE} of a word of the query in edits per letter (less for a shared
     * start of three letters), closest first; the catalog's goals when none is.
     */
    private List<String> suggestions(String normalized) {
        Map<String, Double> closest = new HashMap<>();
        Map<String, Integer> order = new HashMap<>();
        String[] words = normalized.split(" ");
        for (Entry entry : entries) {
            double score = similarity(normalized, entry.phrase());
            for (String word : words) {
                for (String part : entry.phrase().split(" ")) {
                    if (part.length() >= 3 && !FILLER.contains(part)) {
                        score = Math.min(score, similarity(word, part) + 0.05 - (sharedPrefix(word, part) >= 3
                                ? PREFIX_BONUS : 0));
                    }
                }
            }
            String name = entry.displayName();
            closest.merge(name, score, Math::min);
            order.putIfAbsent(name, entry.order());
        }
        List<String> close = closest.entrySet().stream()
                .filter(e -> e.getValue() <= SUGGESTION_DISTANCE)
                .sorted(Map.Entry.<String, Double>comparingByValue()
                        .thenComparing(e -> order.get(e.getKey())))
                .limit(MAX_SUGGESTIONS).map(Map.Entry::getKey).toList();
        return close.isEmpty()
                ? catalog.goals().stream().map(g -> g.name().english()).limit(MAX_SUGGESTIONS * 2).toList()
                : close;
    }

    private static int sharedPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    /** 0 for equal strings, 1 for nothing in common. */
    private static double similarity(String a, String b) {
        int longest = Math.max(a.length(), b.length());
        return longest == 0 ? 0 : (double) Text.distance(a, b) / longest;
    }

    /** The catalog this matcher reads. */
    public Catalog catalog() {
        return catalog;
    }
}
