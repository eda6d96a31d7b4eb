package org.koppel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A coordinator acts on someone who has meanwhile erased themselves, or was a coordinator and erased. */
final class AdminCrossPersonTest {
    private static final long C = TestBot.COORDINATOR;
    private static final long AMIRA = 551;
    private static final long PIM = 651;
    private static final long SARA = 552;

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));

    private static String last(List<String> texts) {
        return texts.get(texts.size() - 1);
    }

    private static void erase(TestBot bot, long who) {
        bot.send(who, "/delete");
        bot.press(who, "yes");
    }

    @Test
    void aCardPressedAfterThePersonErasedThemselvesDecidesNothing() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"), clock)) {
            People.newcomer(bot, AMIRA, "Amira");
            bot.send(C, "/admin");
            bot.press(C, "new");
            bot.tap(C, "subject:" + Long.toString(AMIRA, 36), "view");
            RecordingGateway.Delivered card = bot.shownWith(C, "subject:");
            erase(bot, AMIRA);
            int toAmira = bot.out.to(AMIRA).size();
            bot.pressOn(C, card, "susp");
            assertEquals(bot.t("en", "admin.subject_gone"), last(bot.out.textsTo(C)));
            assertEquals("0", bot.one("SELECT COUNT(*) FROM admin_action WHERE action <> 'approve'"));
            assertEquals(toAmira, bot.out.to(AMIRA).size(), "nothing reaches someone erased");
        }
    }

    @Test
    void aReportWhoseReportedSideIsErasedCanStillBeClosedAndKeepsNoText() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"), clock)) {
            People.approvedVolunteer(bot, PIM, "Pim");
            People.newcomer(bot, AMIRA, "Amira");
            MeetingPlanTest.confirmed(bot, AMIRA, PIM);
            bot.send(PIM, "/message");
            bot.send(PIM, "Send me your passport");
            RecordingGateway.Delivered relayed = bot.out.keyboard(AMIRA);
            bot.pressOn(AMIRA, relayed, MeetingPlanTest.actionOn(relayed, "report"));
            RecordingGateway.Delivered card = bot.shownWith(C, "case:");
            erase(bot, PIM);
            assertEquals("0|null", bot.one("SELECT reported_id || '|' || COALESCE(text, 'null') FROM report"));
            bot.pressOn(C, card, "susp");
            assertEquals(bot.t("en", "case.already_suspended", "name", bot.t("en", "admin.someone_erased")),
                    last(bot.out.textsTo(C)));
            bot.pressOn(C, card, "wd");
            assertEquals(bot.t("en", "admin.subject_gone"), last(bot.out.textsTo(C)));
            bot.pressOn(C, card, "done");
            assertEquals("handled", bot.one("SELECT status FROM report"));
            assertEquals("handled", bot.one("SELECT group_concat(action) FROM admin_action WHERE action <> 'approve'"));
        }
    }

    @Test
    void aCoordinatorAppointedInTheBotWhoErasesThemselvesIsNoLongerOne() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"), clock)) {
            bot.send(C, "/admin");
            bot.press(C, "coord");
            String shown = last(bot.out.textsTo(C));
            bot.send(SARA, "/start " + shown.substring(shown.lastIndexOf("start=") + 6).strip());
            bot.send(SARA, "/admin");
            assertTrue(last(bot.out.textsTo(SARA)).startsWith("🛠"), "a coordinator now: " + last(bot.out.textsTo(SARA)));
            erase(bot, SARA);
            assertEquals("0", bot.one("SELECT COUNT(*) FROM coordinator"));
            bot.send(SARA, "/admin");
            assertEquals(bot.t("en", "admin.only"), last(bot.out.textsTo(SARA)));
        }
    }
}
