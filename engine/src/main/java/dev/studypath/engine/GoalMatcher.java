package dev.studypath.engine;

import dev.studypath.engine.GoalMatch.WeightedSkill;
import dev.studypath.engine.model.Message;
import dev.studypath.engine.model.Catalog;
import dev.studypath.engine.model.Goal;
import dev.studypath.engine.model.Project;
import dev.studypath.engine.model.Skill;
import dev.studypath.engine.model.SkillLevel;
import dev.studypath.engine.model.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Turns a free-text goal, in English or Chinese, into the catalog's goals, projects and skills.
 * Built once per catalog by the facade.
 *
 * <p>The query is first split into the wish and the learner's statements ({@link Wish}). In each, it
 * looks for Chinese phrases anywhere (Chinese has no spaces), then for English phrases, longest
 * first, exactly or within a small number of edits ({@link Folding#tolerance}). A phrase is a goal's,
 * a skill's or a project's name, alias or id, or a project's repository or URL. A wish most of whose
 * words name nothing is refused, with the closest names.
 */
final class GoalMatcher {

    private static final int MAX_SUGGESTIONS = 5;
    private static final double FUZZY_WEIGHT = 0.8;
    private static final double SUGGESTION_DISTANCE = 0.4;
    private static final double PREFIX_BONUS = 0.15;
    /** The longest phrase, in words, looked up as one; longer names are still found whole. */
    private static final int MAX_PHRASE_WORDS = 8;
    /** Words that carry no goal of their own: they wrap a wish ("I want to learn X") or join its parts. */
    private static final Set<String> FILLER = Set.of("a", "an", "and", "the", "to", "of", "in", "for", "with",
            "i", "want", "learn", "learning", "study", "studying", "about", "how", "programming", "development",
            "dev", "technology", "tools", "me", "my", "on", "or", "d", "like", "would", "do", "get", "into",
            "master", "understand", "please", "next", "what", "should", "teach", "help", "path", "start", "begin",
            "s", "is", "it", "some", "more", "go", "deeper", "dive", "deep", "read", "reading", "code", "source",
            "then", "now", "plus", "also", "know", "first");
    /** Chinese words that wrap a wish or join its parts, removed from what is left once names are found. */
    private static final List<String> CHINESE_FILLER = longestFirst("我想学习", "我想学", "我想要学", "我想要",
            "我要学习", "我要学", "想学习", "想学", "想要", "怎么学习", "怎么学", "如何学习", "如何学", "怎样学",
            "学习", "我想", "我要", "怎么", "如何", "入门", "请", "一下", "的", "和", "与", "及", "跟", "还有", "以及",
            "深入", "源码", "阅读", "研究", "然后", "再", "先学什么", "先学", "学什么", "什么", "先", "应该", "接下来",
            "下一步");

    /** What a phrase names. The order is the preference when one phrase names several. */
    private enum Kind { GOAL, PROJECT, SKILL }

    /** A phrase that names a goal, a project or a skill. */
    private record Entry(String phrase, int words, Kind kind, String id, Text name,
                         int order) {

        String displayName(boolean chinese) {
            String zh = name.zh();
            String shown = chinese && !zh.isEmpty() ? zh : name.en().isEmpty() ? zh : name.en();
            return kind == Kind.PROJECT ? shortName(shown) : shown;
        }

        boolean same(Entry other) {
            return kind == other.kind && id.equals(other.id);
        }
    }

    private final Catalog catalog;
    private final Map<String, List<Entry>> exact = new HashMap<>();
    private final List<Entry> entries = new ArrayList<>();
    private final List<Entry> ideographic = new ArrayList<>();
    private final Set<String> filler;
    private final int maxWords;
    /** The entries by word count, each list sorted by phrase length: a fuzzy look-up reads only near lengths. */
    private final Map<Integer, List<Entry>> byWords = new HashMap<>();

    GoalMatcher(Catalog catalog) {
        this.catalog = catalog;
        int order = 0;
        for (Goal goal : catalog.goals()) {
            add(Kind.GOAL, goal.id(), goal.name(), goal.aliases(), order++);
        }
        // Projects in id order, so that the catalog's order of projects never decides between two names.
        for (Project project : catalog.projects().stream().sorted(Comparator.comparing(Project::id)).toList()) {
            List<String> more = new ArrayList<>();
            more.add(shortName(project.name().en()));
            more.add(shortName(project.name().zh()));
            more.add(project.repository());
            more.add(project.url());
            add(Kind.PROJECT, project.id(), project.name(), more, order++);
        }
        for (Skill skill : catalog.skills()) {
            add(Kind.SKILL, skill.id(), skill.name(), skill.aliases(), order++);
        }
        ideographic.sort(Comparator.comparingInt((Entry e) -> -e.phrase().length()).thenComparingInt(Entry::order));
        Set<String> words = new HashSet<>(FILLER);
        // The catalog's own language ("Rust") says nothing about which of its projects to study.
        words.addAll(Arrays.asList(Folding.normalize(catalog.language()).split(" ")));
        words.removeIf(word -> exact.containsKey(word));
        filler = Set.copyOf(words);
        maxWords = Math.min(MAX_PHRASE_WORDS, entries.stream().mapToInt(Entry::words).max().orElse(1));
        for (Entry entry : entries) {
            byWords.computeIfAbsent(entry.words(), k -> new ArrayList<>()).add(entry);
        }
        byWords.values().forEach(list -> list.sort(Comparator.comparingInt((Entry e) -> e.phrase().length())));
    }

    /** The part of a project's name before " - " ("Tokio - async runtime" is "Tokio"). */
    private static String shortName(String name) {
        int dash = name.indexOf(" - ");
        return dash > 0 ? name.substring(0, dash) : name;
    }

    private void add(Kind kind, String id, Text name, List<String> aliases, int order) {
        Set<String> phrases = new LinkedHashSet<>();
        phrases.add(Folding.normalize(name.en()));
        phrases.add(Folding.normalize(name.zh()));
        aliases.forEach(alias -> phrases.add(Folding.normalize(alias)));
        phrases.add(Folding.normalize(id));
        phrases.remove("");
        for (String phrase : phrases) {
            Entry entry = new Entry(phrase, phrase.split(" ").length, kind, id, name, order);
            List<Entry> same = exact.computeIfAbsent(phrase, k -> new ArrayList<>());
            if (same.stream().noneMatch(entry::same)) {
                same.add(entry);
                entries.add(entry);
                if (Folding.hasIdeograph(phrase)) {
                    ideographic.add(entry);
                }
            }
        }
    }

    /** What the phrases of a wish or a statement named. */
    private record Found(List<Entry> entries, Set<Entry> fuzzy, List<String> ignored, int matchedWords) {
    }

    /**
     * What {@code query} means.
     *
     * @throws UnknownGoalException when its wish names nothing the catalog knows, or most of its words
     *                              name nothing
     */
    GoalMatch match(String query) {
        Wish wish = Wish.parse(query);
        List<String> completed = new ArrayList<>();
        Map<String, Integer> known = new TreeMap<>();
        List<String> ignored = new ArrayList<>();
        for (String statement : wish.statements()) {
            Found found = find(statement, List.of(Kind.PROJECT, Kind.SKILL, Kind.GOAL));
            ignored.addAll(found.ignored());
            for (Entry entry : found.entries()) {
                switch (entry.kind()) {
                    case PROJECT -> completed.add(entry.id());
                    case SKILL -> known.put(entry.id(), GoalMatch.STATED_LEVEL);
                    case GOAL -> catalog.goal(entry.id()).orElseThrow().skills()
                            .forEach(skill -> known.put(skill, GoalMatch.STATED_LEVEL));
                }
            }
        }
        List<String> statedCompleted = completed.stream().distinct().toList();
        List<SkillLevel> statedKnown = known.entrySet().stream()
                .map(e -> new SkillLevel(e.getKey(), e.getValue())).toList();
        if (wish.wish().isEmpty() || isFiller(wish.wish())) {
            return new GoalMatch(query, GoalMatch.Kind.WHOLE_ROUTE, List.of(), List.of(), List.of(), List.of(), ignored,
                    statedCompleted, statedKnown);
        }
        Found found = find(wish.wish(), List.of(Kind.GOAL, Kind.PROJECT, Kind.SKILL));
        if (found.entries().isEmpty() || found.ignored().size() > found.matchedWords()) {
            throw new UnknownGoalException(query, found.entries().isEmpty() ? List.of() : found.ignored(),
                    suggestions(wish.wish(), entry -> true).stream().map(Suggestion::name).toList());
        }
        ignored.addAll(0, found.ignored());
        return result(query, found, ignored, statedCompleted, statedKnown);
    }

    private boolean isFiller(String words) {
        for (String word : words.split(" ")) {
            if (!filler.contains(word) && !withoutChineseFiller(word).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The entries that the phrases of {@code normalized} name, preferring the kinds in the order
     * given where one phrase names several.
     */
    private Found find(String normalized, List<Kind> preference) {
        List<Entry> found = new ArrayList<>();
        Set<Entry> fuzzy = new HashSet<>();
        int matched = 0;
        char[] rest = normalized.toCharArray();
        for (Entry entry : ideographic) {
            for (int at = indexOf(rest, entry.phrase(), 0); at >= 0; at = indexOf(rest, entry.phrase(), at + 1)) {
                found.add(preferred(exact.get(entry.phrase()), preference));
                matched++;
                Arrays.fill(rest, at, at + entry.phrase().length(), ' ');
            }
        }
        List<String> words = Arrays.stream(new String(rest).trim().split(" +")).filter(w -> !w.isEmpty()).toList();
        List<String> ignored = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int taken = 0;
            for (int n = Math.min(maxWords, words.size() - i); n >= 1 && taken == 0; n--) {
                String phrase = String.join(" ", words.subList(i, i + n));
                List<Entry> hit = exact.get(phrase);
                if (hit != null) {
                    found.add(preferred(hit, preference));
                    taken = n;
                } else if (n == 1 ? !filler.contains(phrase)
                        : !filler.contains(words.get(i)) && !filler.contains(words.get(i + n - 1))) {
                    // A name within a few edits: never a phrase that starts or ends with a filler word.
                    Entry near = nearest(phrase, n, preference);
                    if (near != null) {
                        found.add(near);
                        fuzzy.add(near);
                        taken = n;
                    }
                }
            }
            if (taken == 0) {
                String left = withoutChineseFiller(words.get(i));
                if (!filler.contains(words.get(i)) && !left.isEmpty()) {
                    ignored.add(words.get(i));
                }
                taken = 1;
            } else {
                // A name counts its words that are not filler, and at least one ("build a cli" is two).
                matched += (int) Math.max(1, words.subList(i, i + taken).stream().filter(w -> !filler.contains(w))
                        .count());
            }
            i += taken;
        }
        List<Entry> distinct = new ArrayList<>();
        for (Entry entry : found) {
            if (distinct.stream().noneMatch(entry::same)) {
                distinct.add(entry);
            }
        }
        return new Found(distinct, fuzzy, ignored, matched);
    }

    private static String withoutChineseFiller(String word) {
        if (!Folding.hasIdeograph(word)) {
            return word;
        }
        String left = word;
        for (String filler : CHINESE_FILLER) {
            left = left.replace(filler, "");
        }
        return left.strip();
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

    private static Entry preferred(List<Entry> candidates, List<Kind> preference) {
        return candidates.stream().min(Comparator.comparingInt((Entry e) -> preference.indexOf(e.kind()))
                .thenComparingInt(Entry::order)).orElseThrow();
    }

    /** The entry within tolerance of {@code phrase}: fewest edits, then the preferred kind, then catalog order. */
    private Entry nearest(String phrase, int wordCount, List<Kind> preference) {
        int tolerance = Folding.tolerance(phrase.length());
        Entry best = null;
        int bestDistance = tolerance + 1;
        List<Entry> same = byWords.getOrDefault(wordCount, List.of());
        for (int k = firstOfLength(same, phrase.length() - tolerance); k < same.size(); k++) {
            Entry entry = same.get(k);
            if (entry.phrase().length() > phrase.length() + tolerance) {
                break;
            }
            int d = Folding.distance(phrase, entry.phrase(), tolerance);
            if (d < bestDistance || d == bestDistance && best != null && better(entry, best, preference)) {
                best = entry;
                bestDistance = d;
            }
        }
        return bestDistance <= tolerance ? best : null;
    }

    /** The index of the first entry of {@code sorted} whose phrase is at least {@code length} long. */
    private static int firstOfLength(List<Entry> sorted, int length) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted.get(mid).phrase().length() < length) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static boolean better(Entry a, Entry b, List<Kind> preference) {
        int byKind = Integer.compare(preference.indexOf(a.kind()), preference.indexOf(b.kind()));
        return byKind != 0 ? byKind < 0 : a.order() < b.order();
    }

    /**
     * The match of what the wish found: one goal (its names, or exactly its skills) is that goal;
     * projects alone are projects; projects with skills or goals are a mix; the rest are skills.
     */
    private GoalMatch result(String query, Found found, List<String> ignored, List<String> completed,
                             List<SkillLevel> known) {
        List<String> projects = new ArrayList<>();
        Set<String> goals = new LinkedHashSet<>();
        Map<String, Double> weights = new LinkedHashMap<>();
        for (Entry entry : found.entries()) {
            double weight = found.fuzzy().contains(entry) ? FUZZY_WEIGHT : 1.0;
            switch (entry.kind()) {
                case PROJECT -> projects.add(entry.id());
                case GOAL -> {
                    goals.add(entry.id());
                    catalog.goal(entry.id()).orElseThrow().skills()
                            .forEach(skill -> weights.merge(skill, weight, Math::max));
                }
                case SKILL -> weights.merge(entry.id(), weight, Math::max);
            }
        }
        List<GoalMatch.Term> terms = found.entries().stream().map(e -> new GoalMatch.Term(
                GoalMatch.Term.Type.valueOf(e.kind().name()), e.id(), e.name())).toList();
        Optional<Goal> single = projects.isEmpty() ? singleGoal(goals, weights.keySet()) : Optional.empty();
        if (single.isPresent()) {
            Goal goal = single.get();
            List<WeightedSkill> skills = goal.skills().stream()
                    .map(skill -> new WeightedSkill(skill, 1.0 / goal.skills().size())).toList();
            return new GoalMatch(query, GoalMatch.Kind.GOAL, terms, List.of(goal.id()), List.of(), skills, ignored,
                    completed, known);
        }
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        List<WeightedSkill> skills = weights.entrySet().stream()
                .map(e -> new WeightedSkill(e.getKey(), e.getValue() / total)).toList();
        GoalMatch.Kind kind = projects.isEmpty() ? GoalMatch.Kind.SKILLS
                : skills.isEmpty() ? GoalMatch.Kind.PROJECTS : GoalMatch.Kind.MIXED;
        return new GoalMatch(query, kind, terms, List.copyOf(goals), projects, skills, ignored, completed, known);
    }

    /**
     * The one goal a wish amounts to: the only goal it names, with no skill outside that goal's; or,
     * when it names no goal, the only goal whose skills are exactly the ones it names ("cli" is
     * "CLI tool development" when that goal is about the cli skill alone).
     */
    private Optional<Goal> singleGoal(Set<String> goals, Set<String> skills) {
        if (goals.size() == 1) {
            Goal goal = catalog.goal(goals.iterator().next()).orElseThrow();
            return goal.skills().containsAll(skills) ? Optional.of(goal) : Optional.empty();
        }
        if (!goals.isEmpty() || skills.isEmpty()) {
            return Optional.empty();
        }
        List<Goal> same = catalog.goals().stream().filter(g -> !g.projects().isEmpty()
                && new HashSet<>(g.skills()).equals(skills)).toList();
        return same.size() == 1 ? Optional.of(same.get(0)) : Optional.empty();
    }

    /**
     * The id of the project that {@code name} names: its id (exactly, which wins, or in any case), a
     * name, repository or URL; empty when none does.
     */
    Optional<String> project(String name) {
        return catalog.indexOf(name) >= 0 ? Optional.of(name) : named(name, Kind.PROJECT);
    }

    /** The id of the skill that {@code name} names: its id in any case, a name or an alias; empty when none does. */
    Optional<String> skill(String name) {
        return catalog.skill(name).isPresent() ? Optional.of(name) : named(name, Kind.SKILL);
    }

    private Optional<String> named(String name, Kind kind) {
        List<Entry> hit = exact.get(Folding.normalize(name));
        return hit == null ? Optional.empty()
                : hit.stream().filter(e -> e.kind() == kind).map(Entry::id).findFirst();
    }

    /**
     * The error for names that name no project ({@code kind} "project") or no skill ("skill"): every
     * name, sorted, and the ids closest to the first one.
     */
    InvalidInputException unknown(String field, String kind, List<String> names) {
        List<String> sorted = names.stream().sorted().toList();
        Kind which = kind.equals("project") ? Kind.PROJECT : Kind.SKILL;
        List<String> close = suggestions(Folding.normalize(sorted.get(0)), entry -> entry.kind() == which).stream()
                .map(Suggestion::id).distinct().toList();
        Message.Choices quoted = new Message.Choices(sorted.stream().map(name -> Message.of("quoted", name)).toList());
        return new InvalidInputException(field, Message.didYouMean(Message.of(
                which == Kind.PROJECT ? "input.unknownProject" : "input.unknownSkill", quoted), close));
    }

    /** A name close to a query, and the id of what it names. */
    private record Suggestion(String name, String id, double distance, double whole, int order) {
    }

    /**
     * The goal, project and skill names closest to the query, for "did you mean": those with a word
     * within {@link #SUGGESTION_DISTANCE} of a word of the query in edits per letter (less for a
     * shared start of three letters), closest first, at most {@link #MAX_SUGGESTIONS}; none when
     * nothing is that close.
     */
    private List<Suggestion> suggestions(String normalized, Predicate<Entry> which) {
        boolean chinese = Folding.hasIdeograph(normalized);
        Map<String, Suggestion> closest = new HashMap<>();
        String[] words = normalized.split(" ");
        for (Entry entry : entries) {
            if (!which.test(entry)) {
                continue;
            }
            double whole = similarity(normalized, entry.phrase());
            double score = whole;
            for (String word : words) {
                for (String part : entry.phrase().split(" ")) {
                    if (part.length() >= 3 && !filler.contains(part) && !filler.contains(word)) {
                        score = Math.min(score, similarity(word, part) + 0.05 - (sharedPrefix(word, part) >= 3
                                ? PREFIX_BONUS : 0));
                    }
                }
            }
            String name = entry.displayName(chinese);
            Suggestion mine = new Suggestion(name, entry.id(), score, whole, entry.order());
            closest.merge(entry.kind() + "\u0000" + entry.id(), mine,
                    (a, b) -> a.distance() < b.distance() || a.distance() == b.distance() && a.whole() <= b.whole()
                            ? a : b);
        }
        Set<String> names = new HashSet<>();
        return closest.values().stream()
                .filter(s -> s.distance() <= SUGGESTION_DISTANCE)
                .sorted(Comparator.comparingDouble(Suggestion::distance).thenComparingDouble(Suggestion::whole)
                        .thenComparingInt(Suggestion::order))
                .filter(s -> names.add(s.name()))
                .limit(MAX_SUGGESTIONS).toList();
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
        return longest == 0 ? 0 : (double) Folding.distance(a, b) / longest;
    }

    private static List<String> longestFirst(String... words) {
        return Arrays.stream(words).sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }
}
