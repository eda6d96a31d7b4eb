package org.koppel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After /language the person knows what comes next: the question they were at, or what they can do. */
final class LanguageNextTest {
    private static final long AMIRA = 561;
    private static final long SAMIR = 562;

    @TempDir
    Path dir;

    private static String last(List<String> texts) {
        return texts.get(texts.size() - 1);
    }

    @Test
    void withNothingWaitingTheNewLanguageSaysWhatCanBeDone() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"))) {
            People.newcomer(bot, AMIRA, "Amira");
            bot.send(AMIRA, "/language");
            bot.press(AMIRA, "lang:nl");
            assertEquals(bot.t("nl", "language.next"), last(bot.out.textsTo(AMIRA)));
        }
    }

    @Test
    void halfWayThroughTheProfileTheQuestionComesBackInsteadOfTheHint() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"))) {
            bot.send(SAMIR, "/start");
            bot.press(SAMIR, "continue");
            bot.press(SAMIR, "role:newcomer");
            bot.press(SAMIR, "yes");
            bot.send(SAMIR, "/language");
            bot.press(SAMIR, "lang:nl");
            assertFalse(bot.out.textsTo(SAMIR).contains(bot.t("nl", "language.next")));
            assertEquals(bot.t("nl", "ask.first_name"), last(bot.out.textsTo(SAMIR)));
        }
    }

    /** A coordinator has no profile: /profile would be the wrong way on, /admin is theirs. */
    @Test
    void aCoordinatorIsPointedToTheAdminScreens() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"))) {
            bot.send(TestBot.COORDINATOR, "/admin");
            bot.send(TestBot.COORDINATOR, "/language");
            bot.press(TestBot.COORDINATOR, "lang:nl");
            assertEquals(bot.t("nl", "language.next_coordinator"), last(bot.out.textsTo(TestBot.COORDINATOR)));
        }
    }
}
