package org.koppel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Key persons are heard: /feedback takes their community's questions to every coordinator, and
 * their /communities shows the community's figures; neither is open to an ordinary member.
 */
final class KeyPersonHeardTest {
    private static final long SAMIRA = 781;
    private static final long[] MEMBERS = {782, 783};

    @TempDir
    Path dir;

    private static String last(TestBot bot, long person) {
        List<String> texts = bot.out.textsTo(person);
        return texts.get(texts.size() - 1);
    }

    private static TestBot community(Path db) {
        TestBot bot = new TestBot(db);
        bot.send(TestBot.COORDINATOR, "hello");
        String[] links = CommunityTest.links(bot);
        bot.send(SAMIRA, "en", "/start " + links[1]);
        RecordingGateway.Delivered offer = bot.out.keyboard(SAMIRA);
        bot.pressOn(SAMIRA, offer, MeetingPlanTest.actionOn(offer, "key:"));
        for (long m : MEMBERS) {
            bot.send(m, "en", "/start " + links[0]);
            RecordingGateway.Delivered join = bot.out.keyboard(m);
            bot.pressOn(m, join, "join");
        }
        return bot;
    }

    @Test
    void aKeyPersonsFeedbackReachesEveryCoordinatorWithTheCommunityAndAMemberCannotSendAny() {
        try (TestBot bot = community(dir.resolve("k.db"))) {
            bot.send(SAMIRA, "en", "/feedback");
            bot.send(SAMIRA, "en", "Many of us need help with getting diplomas recognised.");
            // she never finished the welcome, so its question comes back after: the thanks is just before it
            assertTrue(bot.out.textsTo(SAMIRA).contains(bot.t("en", "feedback.sent", "community",
                    "Eritrean community Tilburg")), bot.out.textsTo(SAMIRA).toString());
            assertTrue(bot.out.textsTo(TestBot.COORDINATOR).stream().anyMatch(t -> t.contains("diplomas recognised")
                    && t.contains("Eritrean community Tilburg")), bot.out.textsTo(TestBot.COORDINATOR).toString());

            int before = bot.out.textsTo(TestBot.COORDINATOR).size();
            bot.send(MEMBERS[0], "en", "/feedback");
            assertEquals(bot.t("en", "feedback.key_only"), last(bot, MEMBERS[0]));
            bot.send(MEMBERS[0], "en", "Please send this anyway");
            assertEquals(before, bot.out.textsTo(TestBot.COORDINATOR).size(), "nothing reached the coordinators");
        }
    }

    @Test
    void aKeyPersonSeesTheCommunitysFiguresAndAMemberPressingACopyDoesNot() {
        try (TestBot bot = community(dir.resolve("k.db"))) {
            bot.send(SAMIRA, "en", "/communities");
            RecordingGateway.Delivered list = bot.out.keyboard(SAMIRA);
            bot.pressOn(SAMIRA, list, "show");
            assertEquals(bot.t("en", "figures.text", "community", "Eritrean community Tilburg", "members", 3, "joined", 3,
                    "events", 0, "check_ins", 0, "asked", 0, "held", 0), last(bot, SAMIRA));
            // the button is signed for Samira: a member pressing a copy of it sees no figures
            bot.pressOn(MEMBERS[0], list, "show");
            assertTrue(bot.out.textsTo(MEMBERS[0]).stream().noneMatch(t -> t.contains("Eritrean community Tilburg: figures")),
                    bot.out.textsTo(MEMBERS[0]).toString());
        }
    }
}
