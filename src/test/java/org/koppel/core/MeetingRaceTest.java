package org.koppel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both people act on the same meeting at the same moment: one change wins and both are told the truth. */
final class MeetingRaceTest {
    private static final long AMIRA = 501;
    /** Long and unlike anything else in the file, so a search for it finds only what names them. */
    private static final long VOL = 7_654_321_987L;

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));

    private static Update pressOn(long person, String language, RecordingGateway.Delivered shown, String prefix) {
        return TestBot.update(person, language, new Inbound.Press(TestBot.data(shown, MeetingPlanTest.actionOn(shown, prefix)),
                "race" + person, shown.ref()));
    }

    private static long count(List<String> texts, String text) {
        return texts.stream().filter(text::equals).count();
    }

    @Test
    void bothCancellingAtOnceCancelsOnceAndEachHearsOneAccount() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"), clock)) {
            People.approvedVolunteer(bot, VOL, "Joost");
            People.newcomer(bot, AMIRA, "Amira");
            MeetingPlanTest.confirmed(bot, AMIRA, VOL);
            bot.inbox.accept(List.of(pressOn(AMIRA, "en", MeetingPlanTest.card(bot, AMIRA), "cancel:"),
                    pressOn(VOL, "nl", MeetingPlanTest.card(bot, VOL), "cancel:")));
            bot.koppel.settle();
            assertEquals("cancelled", bot.one("SELECT status FROM meeting"));
            boolean amiraFirst = bot.one("SELECT cancelled_by FROM meeting").equals(Long.toString(AMIRA));
            List<String> amira = bot.out.textsTo(AMIRA);
            List<String> joost = bot.out.textsTo(VOL);
            assertEquals(1, count(amira, bot.t("en", amiraFirst ? "meet.cancelled_self" : "meet.cancelled_other", "name", "Joost")));
            assertEquals(1, count(joost, bot.t("nl", amiraFirst ? "meet.cancelled_other" : "meet.cancelled_self", "name", "Amira")));
            assertEquals(0, count(amira, bot.t("en", amiraFirst ? "meet.cancelled_other" : "meet.cancelled_self", "name", "Joost")));
            assertFalse(amira.contains(bot.t("en", "error.internal")) || joost.contains(bot.t("nl", "error.internal")));
        }
    }

    @Test
    void aTimeChosenWhileTheVolunteerErasesThemselvesEndsCancelledWithOneWordToTheNewcomer() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"), clock)) {
            People.approvedVolunteer(bot, VOL, "Joost");
            People.newcomer(bot, AMIRA, "Amira");
            MeetingPlanTest.accepted(bot, AMIRA, VOL);
            MeetingPlanTest.propose(bot, VOL, "Café");
            bot.send(VOL, "/delete");
            RecordingGateway.Delivered confirm = bot.out.keyboard(VOL);
            bot.inbox.accept(List.of(pressOn(AMIRA, "en", bot.out.keyboard(AMIRA), "pick:1"),
                    TestBot.update(VOL, "nl", new Inbound.Press(TestBot.data(confirm, "yes"), "bye", confirm.ref()))));
            bot.koppel.settle();
            assertEquals("cancelled", bot.one("SELECT status FROM meeting"));
            List<String> amira = bot.out.textsTo(AMIRA);
            assertEquals(1, count(amira, bot.t("en", "meet.cancelled_left")), amira.toString());
            assertEquals("", PersonalDataTest.idsLeft(bot, VOL));
            assertFalse(amira.contains(bot.t("en", "error.internal")));
        }
    }
}
