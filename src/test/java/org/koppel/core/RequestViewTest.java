package org.koppel.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The volunteer's request shows the newcomer's Dutch and other languages, and marks what they wrote themselves. */
final class RequestViewTest {
    private static final long AMIRA = 597;
    private static final long JOOST = 697;

    @TempDir
    Path dir;

    @Test
    void theRequestShowsTheDutchLevelAndMarksTheOccupationAsTheNewcomersOwnWords() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"))) {
            People.approvedVolunteer(bot, JOOST, "Joost");
            People.newcomer(bot, AMIRA, "Amira");
            bot.send(AMIRA, "/meet");
            String request = ((Outgoing.Send) bot.shownWith(JOOST, "meeting:").message()).text();
            String dutch = bot.one("SELECT dutch_level FROM newcomer_profile WHERE person_id = " + AMIRA);
            assertTrue(request.contains(bot.t("nl", "field.dutch")), request);
            assertTrue(request.contains(bot.t("nl", "dutch." + dutch)), request);
            assertTrue(request.contains("Nurse " + bot.t("nl", "summary.own_words", "language", "English")), request);
        }
    }
}
