package org.koppel.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.koppel.config.Config;
import org.koppel.config.ConfigException;

/** Counts follow each language's plural rules through ICU: never "1 members", never "2 member". */
final class PluralTextsTest {
    private static final Config CONFIG = Config.load(Path.of("config"));
    private static final Messages MESSAGES = Messages.load(Path.of("messages"), CONFIG.settings());
    private static final List<String> COUNTED = List.of("community.line", "community.line_key", "community.admin_line",
            "broadcast.write", "broadcast.confirm", "button.send_to", "alert.stuck", "plan.pick");

    private static String line(String language, int members) {
        return MESSAGES.of(language).t("community.line", "community", "Tilburg", "members", members);
    }

    @Test
    void englishAndDutchSayOneMemberAndTwoMembers() {
        assertEquals("• Tilburg (1 member)", line("en", 1));
        assertEquals("• Tilburg (2 members)", line("en", 2));
        assertEquals("• Tilburg (0 members)", line("en", 0));
        assertEquals("• Tilburg (1 lid)", line("nl", 1));
        assertEquals("• Tilburg (12 leden)", line("nl", 12));
        assertEquals("📢 Send to 1 member", MESSAGES.of("en").t("button.send_to", "members", 1));
        assertEquals("1 day", MESSAGES.of("en").t("alert.stuck", "days", 1, "count", 3).replaceAll(".*after (1 day).*", "$1"));
    }

    /** One sample from each of Arabic's six forms (0, 1, 2, 3-10, 11-99, 100+) gives six different words. */
    @Test
    void arabicWritesEachOfItsSixPluralFormsDifferently() {
        Set<String> forms = new LinkedHashSet<>();
        for (int n : new int[] {0, 1, 2, 3, 11, 100}) {
            forms.add(line("ar", n).replaceAll("[0-9]", ""));
        }
        assertEquals(6, forms.size(), String.join(" | ", forms));
    }

    @Test
    void russianAndUkrainianWriteOneFewAndManyDifferently() {
        for (String code : List.of("ru", "uk")) {
            Set<String> forms = new LinkedHashSet<>();
            for (int n : new int[] {1, 2, 5, 21, 22, 25}) {
                forms.add(line(code, n).replaceAll("[0-9]", ""));
            }
            assertEquals(3, forms.size(), code + ": " + String.join(" | ", forms));
        }
    }

    @Test
    void everyCountedTextRendersInEveryLanguageWithTheNumberInLatinDigitsAndNoPatternLeft() {
        for (String code : MESSAGES.languages()) {
            Texts t = MESSAGES.of(code);
            for (String key : COUNTED) {
                String text = t.t(key, "community", "X", "language", "L", "link", "https://t.me/k", "members", 37,
                        "days", 37, "max", 37, "count", 4, "zone", "Z");
                assertTrue(text.contains("37"), code + " " + key + ": " + text);
                assertFalse(text.contains("plural") || text.contains("{") || text.contains("#"), code + " " + key + ": " + text);
            }
        }
    }

    @Test
    void aRussianCountWithoutItsFewFormIsRejectedWhenTheFilesLoad() {
        Map<String, Map<String, String>> raw = new LinkedHashMap<>();
        raw.put("en", Map.of("a.n", "{n, plural, one {# member} other {# members}}"));
        raw.put("ru", Map.of("a.n", "{n, plural, one {# участник} many {# участников} other {# участника}}"));
        ConfigException e = assertThrows(ConfigException.class, () -> Messages.checkConsistent(raw, "en"));
        assertTrue(e.getMessage().contains("messages/ru.json") && e.getMessage().contains("few"), e.getMessage());
    }

    @Test
    void aCountedTextThatDoesNotParseIsRejectedWithItsKey() {
        Map<String, Map<String, String>> raw = new LinkedHashMap<>();
        raw.put("en", Map.of("a.n", "{n, plural, one {# member} other {# members}"));
        ConfigException e = assertThrows(ConfigException.class, () -> Messages.checkConsistent(raw, "en"));
        assertTrue(e.getMessage().contains("a.n"), e.getMessage());
    }
}
