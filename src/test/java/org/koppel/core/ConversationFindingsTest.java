package org.koppel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.koppel.meeting.When;

/**
 * What people met before conversations were redesigned, each as they met it: typed text that
 * went to the wrong question, deletions the other side never heard of, a deleted person's words
 * left in the file, and a single-use invite that told two people they won. Every assertion here
 * is about what a person sees or what the file holds, not about how the code is arranged.
 */
final class ConversationFindingsTest {
    private static final long AMIRA = 501;
    private static final long VOL = 601;
    private static final long COORD = TestBot.COORDINATOR;

    @TempDir
    Path dir;

    /** Monday 23 November 2026, 11:00 in Amsterdam. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));

    private TestBot bot() {
        return new TestBot(dir.resolve("k.db"), clock);
    }

    private static String last(List<String> texts) {
        return texts.get(texts.size() - 1);
    }

    private static List<String> since(List<String> texts, int from) {
        return new ArrayList<>(texts.subList(from, texts.size()));
    }

    private static void deleteMe(TestBot bot, long who, String language) {
        bot.send(who, language, "/delete");
        bot.pressLabel(who, bot.koppel.messages().of(language).t("button.delete_yes"));
    }

    @Test
    void textGoesToTheQuestionAskedLastAndTheOneBeforeIsAskedAgain() {
        try (TestBot bot = bot()) {
            People.approvedVolunteer(bot, VOL, "Joost");
            People.newcomer(bot, COORD, "Coco");
            MeetingPlanTest.confirmed(bot, COORD, VOL);
            bot.send(COORD, "/newcommunity");
            bot.send(COORD, "/message");
            bot.send(COORD, "Hi Joost, see you Tuesday");
            assertTrue(bot.out.shownTo(VOL).contains(bot.t("nl", "relay.received", "name", "Coco",
                    "text", "Hi Joost, see you Tuesday")), "the message reached Joost");
            assertEquals("none", bot.one("SELECT name FROM community"), "it did not become a community's name");
            assertEquals(bot.t("en", "community.ask_name"), last(bot.out.shownTo(COORD)),
                    "the community's name is asked again");
        }
    }

    @Test
    void aVolunteerWhoDeletesCancelsTheMeetingTellsTheNewcomerAndIsNeverWrittenToAgain() {
        try (TestBot bot = bot()) {
            People.approvedVolunteer(bot, VOL, "Joost");
            People.newcomer(bot, AMIRA, "Amira");
            MeetingPlanTest.confirmed(bot, AMIRA, VOL);
            int before = bot.out.shownTo(AMIRA).size();
            deleteMe(bot, VOL, "nl");
            int toVolunteer = bot.out.to(VOL).size();
            assertEquals("cancelled", bot.one("SELECT status FROM meeting WHERE newcomer_id = " + AMIRA));
            assertFalse(since(bot.out.shownTo(AMIRA), before).isEmpty(), "Amira is told");
            for (String at : List.of("2026-11-24T18:00:00Z", "2026-11-25T16:00:00Z", "2026-11-25T21:00:00Z")) {
                clock.set(Instant.parse(at));
                bot.koppel.runDueJobs();
                bot.koppel.settle();
            }
            assertEquals(toVolunteer, bot.out.to(VOL).size(), "no reminder or follow-up reaches the deleted volunteer");
        }
    }

    @Test
    void aNewcomerWhoDeletesIsGoneFromTheVolunteersSide() {
        try (TestBot bot = bot()) {
            People.approvedVolunteer(bot, VOL, "Joost");
            People.newcomer(bot, AMIRA, "Amira");
            MeetingPlanTest.confirmed(bot, AMIRA, VOL);
            int before = bot.out.shownTo(VOL).size();
            deleteMe(bot, AMIRA, "en");
            assertFalse(since(bot.out.shownTo(VOL), before).isEmpty(), "Joost is told");
            bot.send(VOL, "/message");
            assertEquals(bot.t("nl", "relay.nobody"), last(bot.out.shownTo(VOL)), "nobody left to write to");
            assertFalse(bot.out.shownTo(VOL).contains(bot.t("nl", "error.internal")));
        }
    }

    @Test
    void aVolunteerChoosingTimesIsToldWhenTheNewcomerLeavesAndSendsNothing() {
        try (TestBot bot = bot()) {
            People.approvedVolunteer(bot, VOL, "Joost");
            People.newcomer(bot, AMIRA, "Amira");
            MeetingPlanTest.accepted(bot, AMIRA, VOL);
            int before = bot.out.shownTo(VOL).size();
            deleteMe(bot, AMIRA, "en");
            assertFalse(since(bot.out.shownTo(VOL), before).isEmpty(), "Joost is told");
            var nl = bot.koppel.messages().of("nl");
            bot.pressLabel(VOL, When.brief(LocalDateTime.parse("2026-11-24T19:00"), "nl"));
            bot.pressLabel(VOL, nl.t("button.send_times", "count", 0));
            bot.send(VOL, "Bibliotheek");
            assertFalse(bot.out.shownTo(VOL).contains(bot.t("nl", "plan.sent", "name", "Amira")),
                    "no times are sent to someone who is gone");
            assertFalse(bot.out.shownTo(VOL).contains(bot.t("nl", "error.internal")));
        }
    }

    @Test
    void aDeletedNewcomerLeavesNoTraceInTheDatabaseFileOrItsLog() throws Exception {
        List<String> traces = List.of("Zorabelle", "Quillonford", "Xylographer", "blue door by the canal");
        Path db = dir.resolve("k.db");
        try (TestBot bot = bot()) {
            People.approvedVolunteer(bot, VOL, "Joost");
            People.newcomer(bot, AMIRA, "Zorabelle", "weekday_evening", "Quillonford", "Xylographer");
            MeetingPlanTest.confirmed(bot, AMIRA, VOL);
            bot.send(AMIRA, "/message");
            bot.send(AMIRA, "Let us meet at the blue door by the canal");
            bot.send(VOL, "/message");
            bot.send(VOL, "Fine, Zorabelle, see you there");
            deleteMe(bot, AMIRA, "en");
        }
        for (Path file : List.of(db, dir.resolve("k.db-wal"))) {
            if (!Files.exists(file)) {
                continue;
            }
            String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            for (String trace : traces) {
                String raw = new String(trace.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
                assertFalse(bytes.contains(raw), file.getFileName() + " still holds " + trace);
            }
        }
    }

    @Test
    void aSingleUseInviteOpenedByTwoMakesOneKeyPersonAndTellsTheSecondSo() {
        try (TestBot bot = bot()) {
            bot.send(COORD, "hello");
            String invite = CommunityTest.links(bot)[1];
            long first = 701;
            long second = 702;
            bot.send(first, "en", "/start " + invite);
            bot.send(second, "en", "/start " + invite);
            String accept = bot.koppel.messages().of("en").t("button.accept_key");
            bot.pressLabel(first, accept);
            bot.pressLabel(second, accept);
            assertEquals("1", bot.one("SELECT COUNT(*) FROM membership WHERE role = 'key_person'"));
            assertEquals(bot.t("en", "community.key_done"), last(bot.out.shownTo(first)));
            assertNotEquals(bot.t("en", "community.key_done"), last(bot.out.shownTo(second)),
                    "the second is not told they became a key person");
        }
    }
}
