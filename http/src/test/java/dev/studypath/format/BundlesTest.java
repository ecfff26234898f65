package dev.studypath.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message bundle of the project, English (the base file) against Chinese ({@code _zh}): the same
 * keys, every pattern a valid {@link MessageFormat}, and the same arguments used in both languages, so
 * that no answer loses a value or shows a raw key in one of them.
 */
class BundlesTest {

    private static final String PAGE = "dev.studypath.server.web.page";

    /** The {@code {n}} placeholders of a page text. */
    private static Set<String> placeholders(String text) {
        return java.util.regex.Pattern.compile("\\{\\d+}").matcher(text).results().map(m -> m.group())
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }

    /** The project's bundles; those of a module not on this class path are skipped, the first two must be here. */
    static Stream<String> bundles() {
        return Stream.of("dev.studypath.engine.messages", "dev.studypath.format.messages",
                "dev.studypath.dataset.messages", "dev.studypath.server.messages", "dev.studypath.server.web.page");
    }

    @Test
    void theEngineAndFormatBundles_areOnTheClassPath() {
        assertTrue(read("dev.studypath.engine.messages", "").isPresent());
        assertTrue(read("dev.studypath.format.messages", "").isPresent());
        assertTrue(read("dev.studypath.format.messages", "_zh").isPresent());
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void bundle_englishAndChinese_haveTheSameKeys(String bundle) {
        var english = read(bundle, "");
        if (english.isEmpty()) {
            return;
        }
        Properties chinese = read(bundle, "_zh").orElseThrow(() -> new AssertionError(bundle + ": no _zh file"));
        Set<String> onlyEnglish = new TreeSet<>(english.get().stringPropertyNames());
        onlyEnglish.removeAll(chinese.stringPropertyNames());
        Set<String> onlyChinese = new TreeSet<>(chinese.stringPropertyNames());
        onlyChinese.removeAll(english.get().stringPropertyNames());
        assertEquals(Set.of(), onlyEnglish, bundle + ": keys with no Chinese");
        assertEquals(Set.of(), onlyChinese, bundle + ": keys with no English");
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void bundle_everyPattern_parses_andUsesTheSameArgumentsInBothLanguages(String bundle) {
        var english = read(bundle, "");
        if (english.isEmpty()) {
            return;
        }
        Properties chinese = read(bundle, "_zh").orElseThrow(() -> new AssertionError(bundle + ": no _zh file"));
        List<String> problems = new ArrayList<>();
        // The page's words are filled in by app.js ({0} placeholders), not by MessageFormat.
        boolean messageFormat = !bundle.equals(PAGE);
        for (String key : new TreeSet<>(english.get().stringPropertyNames())) {
            String en = english.get().getProperty(key);
            String zh = chinese.getProperty(key);
            if (messageFormat) {
                parse(bundle, key, "en", en, problems);
            }
            if (zh == null) {
                continue;
            }
            if (messageFormat) {
                parse(bundle, key, "zh", zh, problems);
            }
            if (zh.isBlank() != en.isBlank()) {
                problems.add(bundle + ": " + key + ": blank in one language only");
            }
            if (messageFormat ? !arguments(en).equals(arguments(zh)) : !placeholders(en).equals(placeholders(zh))) {
                problems.add(bundle + ": " + key + ": different arguments in English (" + en + ") and Chinese ("
                        + zh + ")");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void arguments_findNestedAndSkipQuoted() {
        assertEquals(Set.of(0, 1), arguments("{0,choice,1#one|1<{1,number,integer} many}"));
        assertEquals(Set.of(2), arguments("the catalog''s '{0}' {2}"));
    }

    @Test
    void words_formatNumbersThroughTheBundle() {
        Words english = Words.of(Locale.ENGLISH);
        Words chinese = Words.of(Locale.SIMPLIFIED_CHINESE);
        assertEquals("2.5", english.number(2.45));
        assertEquals("10", english.number(10.0));
        assertEquals("2-3", english.range(new dev.studypath.engine.model.Range(2, 3)));
        assertEquals("1 project", english.get("count.projects", 1));
        assertEquals("0 projects", english.get("count.projects", 0));
        assertEquals("1,200 projects", english.get("count.projects", 1200));
        assertEquals("3 个项目", chinese.get("count.projects", 3));
        assertEquals("0.83", english.get("decimal.two", Words.decimal(0.825, 2)));
        assertFalse(chinese.get("text.otherLanguageOnly").isBlank());
    }

    private static void parse(String bundle, String key, String language, String pattern, List<String> problems) {
        try {
            new MessageFormat(pattern, Locale.ROOT);
        } catch (IllegalArgumentException e) {
            problems.add(bundle + ": " + key + " (" + language + "): not a MessageFormat: " + e.getMessage());
        }
    }

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*(\\d+)");

    /** The argument indexes a pattern uses, in choice sub-patterns too; quoted text ('...') is skipped. */
    static Set<Integer> arguments(String pattern) {
        String unquoted = pattern.replace("''", "").replaceAll("'[^']*'", "");
        Set<Integer> indexes = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(unquoted);
        while (m.find()) {
            indexes.add(Integer.parseInt(m.group(1)));
        }
        return indexes;
    }

    /** The bundle's file for a suffix ("" or "_zh"), read as UTF-8 as Java's ResourceBundle reads it. */
    static java.util.Optional<Properties> read(String bundle, String suffix) {
        String resource = "/" + bundle.replace('.', '/') + suffix + ".properties";
        try (InputStream in = BundlesTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                return java.util.Optional.empty();
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return java.util.Optional.of(properties);
        } catch (IOException e) {
            fail(resource + ": " + e);
            return java.util.Optional.empty();
        }
    }

}
