package org.koppel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A coordinator manages a community without anyone's Telegram id: appoint by name, remove, rename, archive. */
final class CommunityManageTest {
    private static final long C = TestBot.COORDINATOR;
    private static final long AMIRA = 541;
    private static final long SAMIR = 542;

    @TempDir
    Path dir;

    private static String last(List<String> texts) {
        return texts.get(texts.size() - 1);
    }

    @Test
    void aKeyPersonIsChosenByFirstNameAndTheRoleCanBeTakenBack() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"))) {
            People.newcomer(bot, AMIRA, "Amira");
            CommunityTest.links(bot);
            bot.send(C, "/communities");
            bot.tap(C, "manage:", "view");
            bot.press(C, "app");
            bot.send(C, "ami");
            bot.press(C, "pic:" + Long.toString(AMIRA, 36));
            assertEquals("key_person", bot.one("SELECT role FROM membership WHERE person_id = " + AMIRA));
            assertEquals(C + "|appoint_key|" + AMIRA, bot.one("SELECT coordinator_id || '|' || action || '|' || subject_id "
                    + "FROM admin_action WHERE action = 'appoint_key'"));

            bot.send(C, "/communities");
            bot.tap(C, "manage:", "view");
            assertTrue(last(bot.out.textsTo(C)).contains("Amira"), "the card lists the key person");
            bot.press(C, "rmk:" + Long.toString(AMIRA, 36));
            assertEquals("member", bot.one("SELECT role FROM membership WHERE person_id = " + AMIRA));
            assertEquals(bot.t("en", "manage.key_removed_you", "community", "Eritrean community Tilburg"),
                    last(bot.out.textsTo(AMIRA)));
        }
    }

    @Test
    void aRenamedCommunityKeepsItsMembersAndAnArchivedOneTakesNoMore() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"))) {
            String[] links = CommunityTest.links(bot);
            bot.send(C, "/communities");
            bot.tap(C, "manage:", "view");
            bot.press(C, "ren");
            bot.send(C, "Eritrean community Brabant");
            assertEquals("Eritrean community Brabant", bot.one("SELECT name FROM community"));

            bot.press(C, "arc");
            bot.press(C, "arc!");
            assertTrue(!"null".equals(bot.one("SELECT COALESCE(archived_at, 'null') FROM community")));
            bot.send(SAMIR, "ti", "/start " + links[0]);
            assertEquals(bot.t("ti", "community.link_unknown"), last(bot.out.textsTo(SAMIR)));
            bot.send(C, "/communities");
            assertTrue(!last(bot.out.textsTo(C)).contains("Brabant"), "an archived community leaves the list");
            assertEquals("create_community,key_invite,rename_community,archive_community",
                    bot.one("SELECT group_concat(action) FROM admin_action"));
            assertEquals("1", bot.one("SELECT COUNT(*) FROM community"), "the row stays for the counts");
        }
    }

    @Test
    void aKeyPersonWithoutAProfileIsShownWithoutAName() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"))) {
            String[] links = CommunityTest.links(bot);
            bot.send(SAMIR, "ti", "/start " + links[1]);
            RecordingGateway.Delivered offer = bot.out.keyboard(SAMIR);
            bot.pressOn(SAMIR, offer, MeetingPlanTest.actionOn(offer, "key:"));
            bot.send(C, "/communities");
            bot.tap(C, "manage:", "view");
            String unnamed = bot.t("en", "manage.unnamed", "n", 1);
            assertTrue(last(bot.out.textsTo(C)).contains(unnamed), last(bot.out.textsTo(C)));
            bot.press(C, "rmk:" + Long.toString(SAMIR, 36));
            assertEquals("member", bot.one("SELECT role FROM membership WHERE person_id = " + SAMIR));
        }
    }
}
