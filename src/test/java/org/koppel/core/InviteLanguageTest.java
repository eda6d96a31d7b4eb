package org.koppel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Someone new who opens a community's join link is offered it in their language, once it is known. */
final class InviteLanguageTest {
    private static final long NEW = 599;
    private static final String COMMUNITY = "Eritrean community Tilburg";

    @TempDir
    Path dir;

    private static String last(List<String> texts) {
        return texts.get(texts.size() - 1);
    }

    /** Before, the picker came with the offer already in English underneath it. */
    @Test
    void withAnAppLanguageTheBotDoesNotSpeakTheOfferWaitsForTheChosenLanguage() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"))) {
            String[] links = CommunityTest.links(bot);
            bot.send(NEW, "de", "/start " + links[0]);
            String offerEn = bot.t("en", "community.join_offer", "community", COMMUNITY);
            assertFalse(bot.out.textsTo(NEW).contains(offerEn), bot.out.textsTo(NEW).toString());
            bot.press(NEW, "lang:ti");
            assertEquals(bot.t("ti", "community.join_offer", "community", COMMUNITY), last(bot.out.textsTo(NEW)));
        }
    }

    @Test
    void someoneWhoChoosesAnotherLanguageAtTheWelcomeIsOfferedTheLinkAgainInIt() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"))) {
            String[] links = CommunityTest.links(bot);
            bot.send(NEW, "ar", "/start " + links[0]);
            assertEquals(bot.t("ar", "community.join_offer", "community", COMMUNITY), last(bot.out.textsTo(NEW)));
            bot.tap(NEW, "start", "pick_language");
            bot.press(NEW, "lang:ti");
            assertEquals(bot.t("ti", "community.join_offer", "community", COMMUNITY), last(bot.out.textsTo(NEW)));
        }
    }
}
