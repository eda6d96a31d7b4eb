package org.koppel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /help and unknown commands as each role expects them: key persons and coordinators hear of their own commands. */
final class RoleHelpTest {
    private static final long C = TestBot.COORDINATOR;
    private static final long AMIRA = 581;
    private static final long SAMIRA = 582;

    @TempDir
    Path dir;

    private static String last(List<String> texts) {
        return texts.get(texts.size() - 1);
    }

    @Test
    void aKeyPersonsHelpHasAPartOfItsOwnAndANewcomersDoesNot() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"))) {
            People.newcomer(bot, AMIRA, "Amira");
            String[] links = CommunityTest.links(bot);
            bot.send(SAMIRA, "/start " + links[1]);
            RecordingGateway.Delivered offer = bot.out.keyboard(SAMIRA);
            bot.pressOn(SAMIRA, offer, MeetingPlanTest.actionOn(offer, "key:"));
            bot.send(SAMIRA, "/help");
            assertTrue(bot.out.textsTo(SAMIRA).contains(bot.t("en", "help.key_person")));
            bot.send(AMIRA, "/help");
            assertFalse(bot.out.textsTo(AMIRA).contains(bot.t("en", "help.key_person")));
        }
    }

    /** A coordinator at the welcome's role question was asked "Who are you?" after every command. */
    @Test
    void aCoordinatorsUnknownCommandIsNotAnsweredWithWhoAreYou() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"))) {
            bot.send(C, "/start");
            bot.press(C, "continue");
            assertEquals(bot.t("en", "role.prompt"), last(bot.out.textsTo(C)).split("\n")[0]);
            bot.send(C, "/stats");
            assertEquals(bot.t("en", "input.unknown_command", "command", "/stats"), last(bot.out.textsTo(C)));
            bot.send(C, "/help");
            assertEquals(bot.t("en", "help.coordinator"), last(bot.out.textsTo(C)));
        }
    }

    @Test
    void aKeyPersonGetsAMenuWithBroadcastAndLosesItWithTheRole() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"))) {
            String[] links = CommunityTest.links(bot);
            bot.send(SAMIRA, "/start " + links[1]);
            RecordingGateway.Delivered offer = bot.out.keyboard(SAMIRA);
            bot.pressOn(SAMIRA, offer, MeetingPlanTest.actionOn(offer, "key:"));
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                    () -> Waiting.until(() -> bot.out.menus.containsKey(SAMIRA)), "a menu of their own");
            assertEquals("broadcast", bot.out.menus.get(SAMIRA).get(0).get(0));
            bot.send(C, "/communities");
            bot.tap(C, "manage:", "view");
            bot.press(C, "rmk:" + Long.toString(SAMIRA, 36));
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                    () -> Waiting.until(() -> bot.out.menus.get(SAMIRA).size() == 2), "the menu taken away");
            assertEquals(List.of(), bot.out.menus.get(SAMIRA).get(1), "the default menu again");
        }
    }
}
