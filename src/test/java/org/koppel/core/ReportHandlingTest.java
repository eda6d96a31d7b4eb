package org.koppel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A newcomer reports a volunteer's relayed message asking for her passport; the coordinators act
 * on it from the card they get, and every action is recorded with who took it and when.
 */
final class ReportHandlingTest {
    private static final long AMIRA = 511;
    private static final long VOL = 611;
    private static final String ASK = "Send me your phone number and a copy of your passport";

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));

    private TestBot reported() {
        TestBot bot = new TestBot(dir.resolve("k.db"), clock);
        People.approvedVolunteer(bot, VOL, "Joost");
        People.newcomer(bot, AMIRA, "Amira");
        MeetingPlanTest.confirmed(bot, AMIRA, VOL);
        bot.send(VOL, "/message");
        bot.send(VOL, ASK);
        RecordingGateway.Delivered relayed = bot.out.keyboard(AMIRA);
        bot.pressOn(AMIRA, relayed, MeetingPlanTest.actionOn(relayed, "report"));
        return bot;
    }

    private static String last(List<String> texts) {
        return texts.get(texts.size() - 1);
    }

    @Test
    void everyCoordinatorGetsTheReportWithButtonsAndTheReporterIsThanked() {
        try (TestBot bot = reported()) {
            for (long coordinator : List.of(TestBot.COORDINATOR, TestBot.SECOND_COORDINATOR)) {
                RecordingGateway.Delivered card = bot.shownWith(coordinator, "case:");
                assertTrue(((Outgoing.Send) card.message()).text().contains(ASK));
                assertEquals(4, card.message().buttons().size(), "suspend, call off, write to either side, handled");
            }
            assertEquals(bot.t("en", "report.thanks", "name", "Joost"), last(bot.out.textsTo(AMIRA)));
            assertEquals("open|" + ASK, bot.one("SELECT status || '|' || text FROM report"));
        }
    }

    @Test
    void suspendingTheReportedVolunteerCallsTheMeetingOffAndTellsBothSides() {
        try (TestBot bot = reported()) {
            bot.pressOn(TestBot.COORDINATOR, bot.shownWith(TestBot.COORDINATOR, "case:"), "susp");
            assertEquals("1", bot.one("SELECT suspended FROM person WHERE id = " + VOL));
            assertEquals("cancelled|coordinator", bot.one("SELECT status || '|' || why FROM meeting"));
            List<String> joost = bot.out.textsTo(VOL);
            assertTrue(joost.contains(bot.t("nl", "account.suspended_notice", "reason", bot.t("nl", "reason.conduct"))), 
                    joost.toString());
            assertTrue(joost.contains(bot.t("nl", "meet.cancelled_coordinator", "name", "Amira")), joost.toString());
            assertTrue(bot.out.textsTo(AMIRA).contains(bot.t("en", "meet.cancelled_coordinator", "name", "Joost")));
            assertEquals(TestBot.COORDINATOR + "|suspend|conduct",
                    bot.one("SELECT coordinator_id || '|' || action || '|' || reason FROM admin_action WHERE action <> 'approve'"));
            assertEquals(Long.toString(clock.millis()), bot.one("SELECT at FROM admin_action WHERE action <> 'approve'"));
        }
    }

    @Test
    void aSuspendedPersonCanOnlySeeAndEraseTheirData() {
        try (TestBot bot = reported()) {
            bot.pressOn(TestBot.COORDINATOR, bot.shownWith(TestBot.COORDINATOR, "case:"), "susp");
            bot.send(VOL, "/message");
            assertEquals(bot.t("nl", "account.suspended"), last(bot.out.textsTo(VOL)));
            bot.send(VOL, "/profile");
            assertEquals(bot.t("nl", "account.suspended"), last(bot.out.textsTo(VOL)));
            int files = bot.out.documentsTo(VOL).size();
            bot.send(VOL, "/mydata");
            assertEquals(files + 1, bot.out.documentsTo(VOL).size(), "/mydata still works");
        }
    }

    @Test
    void aCoordinatorWritesToTheReporterThroughTheBotAndMarksTheReportHandled() {
        try (TestBot bot = reported()) {
            RecordingGateway.Delivered card = bot.shownWith(TestBot.COORDINATOR, "case:");
            bot.pressOn(TestBot.COORDINATOR, card, "wr");
            bot.send(TestBot.COORDINATOR, "We have spoken to him. Never send your passport.");
            assertEquals(bot.t("en", "admin.message", "text", "We have spoken to him. Never send your passport."),
                    last(bot.out.textsTo(AMIRA)));
            bot.pressOn(TestBot.COORDINATOR, card, "done");
            assertEquals("handled|" + TestBot.COORDINATOR, bot.one("SELECT status || '|' || handled_by FROM report"));
            bot.pressOn(TestBot.SECOND_COORDINATOR, bot.shownWith(TestBot.SECOND_COORDINATOR, "case:"), "done");
            assertEquals(bot.t("en", "case.already_handled"), last(bot.out.textsTo(TestBot.SECOND_COORDINATOR)));
            assertEquals("write_reporter,handled", bot.one("SELECT group_concat(action) FROM admin_action WHERE action <> 'approve'"));
        }
    }

    @Test
    void callingOffTheirMeetingsLeavesTheReportedPersonActive() {
        try (TestBot bot = reported()) {
            bot.pressOn(TestBot.SECOND_COORDINATOR, bot.shownWith(TestBot.SECOND_COORDINATOR, "case:"), "cancel");
            assertEquals("cancelled", bot.one("SELECT status FROM meeting"));
            assertEquals("0", bot.one("SELECT suspended FROM person WHERE id = " + VOL));
            assertEquals(bot.t("en", "case.cancelled_done", "count", 1), last(bot.out.textsTo(TestBot.SECOND_COORDINATOR)));
            assertEquals(TestBot.SECOND_COORDINATOR + "|cancel_meetings",
                    bot.one("SELECT coordinator_id || '|' || action FROM admin_action WHERE action <> 'approve'"));
        }
    }

    @Test
    void aReportButtonPressedByANewcomerDoesNothing() {
        try (TestBot bot = reported()) {
            RecordingGateway.Delivered card = bot.shownWith(TestBot.COORDINATOR, "case:");
            String data = TestBot.data(card, "susp");
            bot.inbox.accept(List.of(TestBot.update(AMIRA, "en", new Inbound.Press(data, "p-forged", card.ref()))));
            bot.koppel.settle();
            assertEquals("0", bot.one("SELECT suspended FROM person WHERE id = " + VOL));
            assertEquals("0", bot.one("SELECT COUNT(*) FROM admin_action WHERE action <> 'approve'"));
        }
    }
}
