package org.koppel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Someone who said no to the consent is pointed to the one way back, /start, whatever they ask for. */
final class DeclinedConsentTest {
    private static final long SAMIR = 571;

    @TempDir
    Path dir;

    private static String last(List<String> texts) {
        return texts.get(texts.size() - 1);
    }

    @Test
    void everyCommandAfterDecliningPointsToStart() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"))) {
            bot.send(SAMIR, "/start");
            bot.press(SAMIR, "continue");
            bot.press(SAMIR, "role:newcomer");
            bot.press(SAMIR, "no");
            assertEquals("no", bot.one("SELECT consent FROM person WHERE id = " + SAMIR));
            for (String command : List.of("/profile", "/meet", "/message", "/pause", "/broadcast")) {
                bot.send(SAMIR, command);
                assertEquals(bot.t("en", "consent.declined_command"), last(bot.out.textsTo(SAMIR)), command);
            }
            bot.send(SAMIR, "/language");
            bot.press(SAMIR, "lang:nl");
            assertEquals("nl", bot.one("SELECT language FROM person WHERE id = " + SAMIR), "/language still works");
            bot.send(SAMIR, "/start");
            bot.press(SAMIR, "yes");
            assertEquals("yes", bot.one("SELECT consent FROM person WHERE id = " + SAMIR), "/start is the way back");
        }
    }
}
