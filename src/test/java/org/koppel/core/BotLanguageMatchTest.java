package org.koppel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The language someone reads the bot in is a language they speak, for matching and its reasons. */
final class BotLanguageMatchTest {
    private static final long AMIRA = 595;
    private static final long JOOST = 695;
    private static final long KARIM = 696;

    @TempDir
    Path dir;

    @Test
    void someoneWhoSpeaksOnlyTheBotsLanguageArabicIsMatchedWithAVolunteerWhoReadsArabic() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"))) {
            People.approvedVolunteer(bot, JOOST, "Joost");
            People.approvedVolunteer(bot, KARIM, "Karim");
            bot.send(KARIM, "/language");
            bot.press(KARIM, "lang:ar");
            People.newcomer(bot, AMIRA, "Amira");
            bot.send(AMIRA, "/language");
            bot.press(AMIRA, "lang:ar");
            // she speaks only Arabic: no other language ticked, a little Dutch
            bot.koppel.db().write(c -> c.createStatement().executeUpdate("UPDATE newcomer_profile "
                    + "SET languages = '[]', dutch_level = 'a1' WHERE person_id = " + AMIRA));
            bot.send(AMIRA, "/meet");
            assertEquals(Long.toString(KARIM), bot.one("SELECT volunteer_id FROM meeting"));
            String reasons = bot.one("SELECT reasons FROM meeting");
            assertTrue(reasons.contains("\"ar\""), reasons);
        }
    }
}
