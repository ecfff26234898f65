package dev.studypath.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studypath.engine.model.Message;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The server's and the page's bundles: every key in both languages, every pattern readable, none left empty. */
class BundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {Messages.BUNDLE, Api.PAGE_BUNDLE})
    void everyKey_isInEnglishAndInChinese(String name) {
        ResourceBundle english = Message.bundle(name, Locale.ENGLISH);
        ResourceBundle chinese = Message.bundle(name, Locale.CHINESE);
        assertEquals(Locale.ROOT, english.getLocale(), "English is the base file");
        assertEquals(Locale.CHINESE, chinese.getLocale(), "Chinese has its own file");
        TreeSet<String> onlyEnglish = new TreeSet<>(english.keySet());
        onlyEnglish.removeAll(chinese.keySet());
        TreeSet<String> onlyChinese = new TreeSet<>(chinese.keySet());
        onlyChinese.removeAll(english.keySet());
        assertEquals(List.of(), new ArrayList<>(onlyEnglish), "keys only in English");
        assertEquals(List.of(), new ArrayList<>(onlyChinese), "keys only in Chinese");
        for (String key : english.keySet()) {
            assertTrue(!english.getString(key).isBlank() && !chinese.getString(key).isBlank(), key);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh"})
    void everyServerPattern_isAMessageFormatWithTheSameArguments(String language) {
        ResourceBundle english = Message.bundle(Messages.BUNDLE, Locale.ENGLISH);
        ResourceBundle bundle = Message.bundle(Messages.BUNDLE, Locale.forLanguageTag(language));
        for (String key : english.keySet()) {
            assertEquals(new MessageFormat(english.getString(key)).getFormatsByArgumentIndex().length,
                    new MessageFormat(bundle.getString(key)).getFormatsByArgumentIndex().length, key);
        }
    }
}
