package org.koppel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Communities through the engine on a real SQLite file: a coordinator creates one and invites a
 * key person, members join by link (with consent) and leave, the key person previews and sends
 * a broadcast that reaches every active member once, in the community's language.
 */
final class CommunityTest {
    private static final long SAMIRA = 701;
    private static final long[] MEMBERS = {711, 712, 713};

    @TempDir
    Path dir;

    private static String sqlOne(TestBot bot, String sql) {
        return bot.one(sql);
    }

    private static String lastText(TestBot bot, long person) {
        List<String> texts = bot.out.textsTo(person);
        return texts.get(texts.size() - 1);
    }

    /** The coordinator makes "Eritrean community Tilburg" (Tigrinya) and returns its join and invite payloads. */
    static String[] links(TestBot bot) {
        bot.send(TestBot.COORDINATOR, "/newcommunity");
        bot.send(TestBot.COORDINATOR, "Eritrean community Tilburg");
        bot.press(TestBot.COORDINATOR, "lang:ti");
        bot.press(TestBot.COORDINATOR, "region:nl-nb");
        bot.send(TestBot.COORDINATOR, "/communities");
        bot.tap(TestBot.COORDINATOR, "communities", "inv:0");
        return new String[] {payload(bot, "?start=j"), payload(bot, "?start=k")};
    }

    /** The payload of the newest link of this kind shown to the coordinator. */
    private static String payload(TestBot bot, String start) {
        String text = bot.out.textsTo(TestBot.COORDINATOR).stream().filter(t -> t.contains(start))
                .reduce((a, b) -> b).orElseThrow();
        return text.substring(text.indexOf(start) + 7).split("\\s")[0];
    }

    /** Samira is key person; three members joined by link, the third paused messages. */
    private static void withKeyPersonAndMembers(TestBot bot) {
        bot.send(TestBot.COORDINATOR, "hello");
        String[] links = links(bot);
        bot.send(SAMIRA, "en", "/start " + links[1]);
        bot.pressStarting(SAMIRA, "key:");
        for (long m : MEMBERS) {
            bot.send(m, "en", "/start " + links[0]);
            bot.pressStarting(m, "join");
        }
        bot.send(MEMBERS[2], "en", "/pause");
    }

    @Test
    void aLinkJoinsOnlyAfterConsentAndAnInviteWorksOnce() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"))) {
            bot.send(TestBot.COORDINATOR, "hello");
            String[] links = links(bot);
            assertTrue(links[0].startsWith("j") && links[1].startsWith("k"), String.join(" ", links));

            bot.send(SAMIRA, "ti", "/start " + links[1]);
            assertEquals("none", sqlOne(bot, "SELECT role FROM membership WHERE person_id = " + SAMIRA), "not before consent");
            bot.pressStarting(SAMIRA, "key:");
            assertEquals("key_person", sqlOne(bot, "SELECT role FROM membership WHERE person_id = " + SAMIRA));
            bot.send(MEMBERS[0], "ti", "/start " + links[1]);
            assertEquals(bot.t("ti", "community.link_unknown"), lastText(bot, MEMBERS[0]), "an invite works once");

            bot.send(MEMBERS[0], "ti", "/start " + links[0]);
            bot.pressStarting(MEMBERS[0], "join");
            assertEquals("member|active", sqlOne(bot, "SELECT role || '|' || status FROM membership WHERE person_id = " + MEMBERS[0]));
            bot.send(MEMBERS[0], "ti", "/communities");
            bot.pressStarting(MEMBERS[0], "leave");
            assertEquals("left", sqlOne(bot, "SELECT status FROM membership WHERE person_id = " + MEMBERS[0]));
        }
    }

    @Test
    void aBroadcastIsPreviewedThenReachesEveryActiveMemberOnceInTheCommunitysLanguage() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"))) {
            withKeyPersonAndMembers(bot);

            bot.send(SAMIRA, "en", "/broadcast");
            bot.send(SAMIRA, "en", "Meeting on Friday at 18:00");
            List<String> shown = bot.out.textsTo(SAMIRA);
            String preview = shown.get(shown.size() - 2);
            assertEquals(bot.t("ti", "broadcast.copy", "community", "Eritrean community Tilburg", "name", "Sam",
                    "text", "Meeting on Friday at 18:00"), preview, "the preview is the members' copy, in Tigrinya");
            assertEquals(bot.t("en", "broadcast.confirm", "community", "Eritrean community Tilburg", "members", 2),
                    lastText(bot, SAMIRA));
            bot.press(SAMIRA, "send");
            bot.koppel.broadcastsDone();
            bot.koppel.settle();

            for (long m : new long[] {MEMBERS[0], MEMBERS[1]}) {
                List<Outgoing.Send> copies = bot.out.to(m).stream().map(RecordingGateway.Delivered::message)
                        .filter(o -> o instanceof Outgoing.Send s && s.text().equals(preview)).map(o -> (Outgoing.Send) o).toList();
                assertEquals(1, copies.size(), "one copy each");
                assertEquals("leave", TestBot.action(copies.get(0).buttons().get(0).get(0)), "with a Leave button");
            }
            assertTrue(bot.out.textsTo(MEMBERS[2]).stream().noneMatch(t -> t.equals(preview)), "paused members get nothing");
            String report = bot.t("en", "broadcast.report", "community", "Eritrean community Tilburg", "delivered", 2,
                    "blocked", 0, "failed", 0);
            assertEquals(1, bot.out.to(SAMIRA).stream().filter(d -> d.message() instanceof Outgoing.Edit e
                    && report.equals(e.text())).count(), "the status message turns into the receipt");
            assertEquals(0, bot.out.textsTo(SAMIRA).stream().filter(report::equals).count(), "and no second copy");

            RecordingGateway.Delivered copy = bot.out.keyboard(MEMBERS[0]);
            bot.pressOn(MEMBERS[0], copy, MeetingPlanTest.actionOn(copy, "leave"));
            assertEquals("left", sqlOne(bot, "SELECT status FROM membership WHERE person_id = " + MEMBERS[0]));
        }
    }

    @Test
    void aPhotoWithACaptionGoesOutAsAPhoto() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"))) {
            bot.send(TestBot.COORDINATOR, "hello");
            String[] links = links(bot);
            bot.send(SAMIRA, "en", "/start " + links[1]);
            bot.pressStarting(SAMIRA, "key:");
            bot.send(MEMBERS[0], "en", "/start " + links[0]);
            bot.pressStarting(MEMBERS[0], "join");
            bot.send(SAMIRA, "en", "/broadcast");
            bot.inbox.accept(List.of(TestBot.update(SAMIRA, "en", new Inbound.Photo("file-42", "Poster for Saturday"))));
            bot.koppel.settle();
            assertTrue(bot.out.to(SAMIRA).stream().anyMatch(d -> d.message() instanceof Outgoing.Photo p
                    && p.fileId().equals("file-42") && p.caption().contains("Poster for Saturday")), "previewed as a photo");
            bot.press(SAMIRA, "send");
            bot.koppel.broadcastsDone();
            List<Outgoing.Photo> got = bot.out.to(MEMBERS[0]).stream().map(RecordingGateway.Delivered::message)
                    .filter(m -> m instanceof Outgoing.Photo).map(m -> (Outgoing.Photo) m).toList();
            assertEquals(1, got.size());
            assertEquals("file-42", got.get(0).fileId());
            assertTrue(got.get(0).caption().contains("Poster for Saturday") && got.get(0).hasButtons());
        }
    }

    @Test
    void onlyKeyPersonsAndCoordinatorsCanBroadcast() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"))) {
            bot.send(TestBot.COORDINATOR, "hello");
            String[] links = links(bot);
            bot.send(MEMBERS[0], "en", "/start " + links[0]);
            bot.pressStarting(MEMBERS[0], "join");
            bot.send(MEMBERS[0], "en", "/broadcast");
            assertEquals(bot.t("en", "broadcast.none"), lastText(bot, MEMBERS[0]));
            bot.send(MEMBERS[0], "en", "/newcommunity");
            assertEquals(bot.t("en", "community.coordinators_only"), lastText(bot, MEMBERS[0]));
            bot.send(TestBot.COORDINATOR, "Hello again");
            assertEquals(bot.t("en", "start.welcome", "language", "English"), lastText(bot, TestBot.COORDINATOR),
                    "after /communities, typing goes on with the coordinator's own conversation (its welcome again)");
            bot.send(TestBot.COORDINATOR, "/broadcast");
            assertEquals(bot.t("en", "broadcast.write", "community", "Eritrean community Tilburg", "members", 1),
                    lastText(bot, TestBot.COORDINATOR));
            bot.send(TestBot.COORDINATOR, "/cancel");
            List<String> texts = bot.out.textsTo(TestBot.COORDINATOR);
            assertEquals(bot.t("en", "broadcast.cancelled"), texts.get(texts.size() - 2));
            assertEquals(bot.t("en", "start.welcome", "language", "English"), texts.get(texts.size() - 1),
                    "the question the coordinator left open is asked again");
        }
    }

    /** "Send to 0 members" used to be offered, and the key person wrote for nobody. */
    @Test
    void aBroadcastToACommunityWithNobodyToReachIsRefusedWithAnExplanation() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"))) {
            bot.send(TestBot.COORDINATOR, "hello");
            String[] links = links(bot);
            bot.send(SAMIRA, "ti", "/start " + links[1]);
            bot.pressStarting(SAMIRA, "key:");
            bot.send(SAMIRA, "en", "/broadcast");
            assertEquals(bot.t("ti", "broadcast.no_members", "community", "Eritrean community Tilburg"),
                    lastText(bot, SAMIRA));
            assertTrue(bot.state(SAMIRA).conversations().keySet().stream().noneMatch(k -> k.startsWith("broadcast")));
        }
    }

    @Test
    void theCoordinatorsOverviewNamesTheLanguageInItsOwnScriptNotByItsCode() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"))) {
            links(bot);
            bot.send(TestBot.COORDINATOR, "/communities");
            String overview = bot.out.textsTo(TestBot.COORDINATOR).stream().filter(t -> t.contains("Tilburg"))
                    .reduce((a, b) -> b).orElseThrow();
            assertTrue(overview.contains("ትግርኛ"), overview);
            assertTrue(!overview.contains(" ti "), overview);
        }
    }
    /**
     * Whoever looks, the community has the same number of members: the key person, a member and the
     * coordinator all read four (the key person, two members and one who paused). Only the broadcast
     * says whom it reaches, and that it leaves out the sender and those who paused.
     */
    @Test
    void memberCountsAgreeForEveryReaderAndTheBroadcastSaysWhomItReaches() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"))) {
            withKeyPersonAndMembers(bot);
            String name = "Eritrean community Tilburg";

            bot.send(SAMIRA, "en", "/communities");
            assertTrue(lastText(bot, SAMIRA).contains(bot.t("en", "community.line_key", "community", name, "members", 4)),
                    lastText(bot, SAMIRA));
            bot.send(MEMBERS[0], "en", "/communities");
            assertTrue(lastText(bot, MEMBERS[0]).contains(bot.t("en", "community.line", "community", name, "members", 4)),
                    lastText(bot, MEMBERS[0]));
            bot.send(TestBot.COORDINATOR, "/communities");
            String overview = bot.out.textsTo(TestBot.COORDINATOR).stream().filter(t -> t.contains(name + " · "))
                    .reduce((a, b) -> b).orElseThrow();
            assertTrue(overview.contains(" · 4 members"), overview);

            bot.send(SAMIRA, "en", "/broadcast");
            assertEquals(bot.t("en", "broadcast.write", "community", name, "members", 2), lastText(bot, SAMIRA));
            assertTrue(lastText(bot, SAMIRA).contains("goes to 2 members"), lastText(bot, SAMIRA));
        }
    }
}
