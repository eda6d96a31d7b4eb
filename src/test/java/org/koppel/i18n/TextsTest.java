package org.koppel.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.koppel.config.Config;

/** Direction handling: Latin values inside right-to-left texts stay intact, left-to-right texts are untouched. */
final class TextsTest {
    private static final Config CONFIG = Config.load(Path.of("config"));
    private static final Messages MESSAGES = Messages.load(Path.of("messages"), CONFIG.settings());
    private static final String FSI = "\u2068";
    private static final String PDI = "\u2069";
    private static final String RLM = "\u200F";

    @Test
    void inArabicALatinValueIsWrappedInFirstStrongAndPopDirectionalIsolates() {
        Texts ar = MESSAGES.of("ar");
        String text = ar.t("profile.saved", "name", "Amira");
        assertTrue(text.contains(FSI + "Amira" + PDI), text);
        assertEquals(1, count(text, FSI));
        assertEquals(1, count(text, PDI));
        assertFalse(text.contains("{name}"), text);
    }

    @Test
    void inArabicEveryInsertedValueIsIsolatedIncludingNumbers() {
        Texts ar = MESSAGES.of("ar");
        String text = ar.t("input.too_long", "max", 64);
        assertTrue(text.contains(FSI + "64" + PDI), text);
    }

    @Test
    void inArabicIsolateWrapsAValueAndTheTextsAreMarkedRightToLeft() {
        Texts ar = MESSAGES.of("ar");
        assertTrue(ar.rtl());
        assertEquals(FSI + "Den Haag" + PDI, ar.isolate("Den Haag"));
    }

    @Test
    void messageMarksEachArabicLineRightToLeftOnce() {
        Texts ar = MESSAGES.of("ar");
        String body = ar.t("profile.saved", "name", "Amira");
        String once = ar.message(body);
        assertTrue(once.startsWith(RLM));
        assertEquals(once, ar.message(once), "a message already marked is not marked again");
        assertEquals(body.split("\n", -1).length - count(body, "\n\n"), count(once, RLM), "one mark per line with text");
    }

    /** Lines that begin with a command, a number, a CEFR level or a Latin name turned left-to-right in Telegram. */
    @Test
    void everyLineOfAnArabicMessageStartsRightToLeftWhateverItBeginsWith() {
        for (String code : java.util.List.of("ar", "fa", "ps")) {
            Texts t = MESSAGES.of(code);
            String shown = t.message(t.t("help.text") + "\nB1 — " + t.t("cmd.profile") + "\nAmira\n\n/profile 3");
            for (String line : shown.split("\n")) {
                assertTrue(line.isEmpty() || line.startsWith(RLM), code + ": " + line);
            }
        }
        Texts nl = MESSAGES.of("nl");
        assertEquals("B1\n/profile", nl.message("B1\n/profile"), "left-to-right texts are untouched");
    }

    @Test
    void messageLeavesAnEmptyArabicBodyEmpty() {
        assertEquals("", MESSAGES.of("ar").message(""));
    }

    @Test
    void persianAndPashtoAreIsolatedLikeArabic() {
        for (String code : new String[] {"fa", "ps"}) {
            String text = MESSAGES.of(code).t("profile.saved", "name", "Amira");
            assertTrue(text.contains(FSI + "Amira" + PDI), code + ": " + text);
        }
    }

    @Test
    void inEnglishNoIsolatesOrMarksAreAdded() {
        Texts en = MESSAGES.of("en");
        assertFalse(en.rtl());
        String text = en.t("profile.saved", "name", "Amira");
        assertTrue(text.contains("Amira"), text);
        assertFalse(text.contains(FSI) || text.contains(PDI) || text.contains(RLM), text);
        assertEquals("Amira", en.isolate("Amira"));
        assertEquals(text, en.message(text));
    }

    @Test
    void inEnglishAnArabicValueIsInsertedAsIs() {
        Texts en = MESSAGES.of("en");
        String text = en.t("start.welcome_back_done", "name", "أميرة");
        assertTrue(text.contains("أميرة"), text);
        assertFalse(text.contains(FSI) || text.contains(PDI), text);
    }

    @Test
    void aValueWithDollarSignsAndBackslashesIsInsertedLiterally() {
        String text = MESSAGES.of("en").t("profile.saved", "name", "$1 \\ A$");
        assertTrue(text.contains("$1 \\ A$"), text);
    }

    @Test
    void aPlaceholderWithoutAValueIsLeftVisible() {
        String text = MESSAGES.of("en").t("profile.saved", "other", "x");
        assertTrue(text.contains("{name}"), text);
    }

    @Test
    void anUnknownKeyIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> MESSAGES.of("en").t("no.such.key"));
    }

    @Test
    void anUnconfiguredLanguageFallsBackToTheDefaultLanguage() {
        assertEquals("en", MESSAGES.of("xx").language());
        assertEquals("en", MESSAGES.of(null).language());
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
