package org.koppel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a coordinator does from /admin, on a real SQLite file, and what the people concerned see. */
final class AdminScreensTest {
    private static final long C = TestBot.COORDINATOR;
    private static final long PIM = 321;
    private static final long AMIRA = 521;
    private static final long SARA = 522;

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

    private static String text(RecordingGateway.Delivered d) {
        return d.message() instanceof Outgoing.Send s ? s.text() : d.message().toString();
    }

    @Test
    void someoneWhoIsNotACoordinatorIsToldAdminIsNotForThem() {
        try (TestBot bot = bot()) {
            People.newcomer(bot, AMIRA, "Amira");
            bot.send(AMIRA, "/admin");
            assertEquals(bot.t("en", "admin.only"), last(bot.out.textsTo(AMIRA)));
        }
    }

    @Test
    void aVolunteerWaitingForReviewIsApprovedFromThePendingList() {
        try (TestBot bot = bot()) {
            People.volunteer(bot, PIM, "Pim");
            bot.send(C, "/admin");
            bot.press(C, "pend");
            assertTrue(last(bot.out.textsTo(C)).startsWith(bot.t("en", "admin.pending_title", "count", 1)));
            bot.tap(C, "subject:", "view");
            assertTrue(last(bot.out.textsTo(C)).contains("Verpleegkundige"), "the card shows the profile");
            bot.tap(C, "review:", "ok");
            assertEquals("approved", bot.one("SELECT status FROM volunteer_profile WHERE person_id = " + PIM));
            assertEquals(bot.t("nl", "volunteer.approved"), last(bot.out.textsTo(PIM)));
            assertEquals(C + "|approve|" + PIM, bot.one("SELECT coordinator_id || '|' || action || '|' || subject_id "
                    + "FROM admin_action"), "approvals are logged like every other decision");
        }
    }

    @Test
    void takingBackAnApprovalTellsTheVolunteerWhyInDutchAndStopsRequests() {
        try (TestBot bot = bot()) {
            People.approvedVolunteer(bot, PIM, "Pim");
            bot.send(C, "/admin");
            bot.press(C, "vol");
            bot.tap(C, "subject:" + Long.toString(PIM, 36), "view");
            bot.press(C, "unapp");
            bot.press(C, "r:unresponsive");
            assertEquals("pending", bot.one("SELECT status FROM volunteer_profile WHERE person_id = " + PIM));
            assertEquals("PENDING", bot.state(PIM, "volunteer"));
            assertEquals(bot.t("nl", "volunteer.withdrawn", "reason", bot.t("nl", "reason.unresponsive")),
                    last(bot.out.textsTo(PIM)));
            People.newcomer(bot, AMIRA, "Amira");
            bot.send(AMIRA, "/meet");
            assertEquals("0", bot.one("SELECT COUNT(*) FROM meeting"), "nobody approved is left to ask");
            assertEquals(C + "|unapprove|unresponsive", bot.one("SELECT coordinator_id || '|' || action || '|' || reason "
                    + "FROM admin_action WHERE action <> 'approve'"));
        }
    }

    @Test
    void aSuspensionCallsOffOpenMeetingsAndEndsWhenTheCoordinatorSaysSo() {
        try (TestBot bot = bot()) {
            People.approvedVolunteer(bot, PIM, "Pim");
            People.newcomer(bot, AMIRA, "Amira");
            MeetingPlanTest.confirmed(bot, AMIRA, PIM);
            bot.send(C, "/admin");
            bot.press(C, "new");
            bot.send(C, "ami");
            assertTrue(last(bot.out.textsTo(C)).startsWith(bot.t("en", "admin.found_title", "count", 1)));
            bot.tap(C, "subject:" + Long.toString(AMIRA, 36), "view");
            bot.press(C, "susp");
            bot.press(C, "r:safety");
            assertEquals("1", bot.one("SELECT suspended FROM person WHERE id = " + AMIRA));
            assertEquals("cancelled|coordinator", bot.one("SELECT status || '|' || why FROM meeting"));
            assertTrue(bot.out.textsTo(PIM).contains(bot.t("nl", "meet.cancelled_coordinator", "name", "Amira")));
            assertTrue(bot.out.textsTo(AMIRA).contains(bot.t("en", "account.suspended_notice", "reason",
                    bot.t("en", "reason.safety"))));
            bot.send(AMIRA, "/meet");
            assertEquals(bot.t("en", "account.suspended"), last(bot.out.textsTo(AMIRA)));

            bot.press(C, "resume");
            assertEquals("0", bot.one("SELECT suspended FROM person WHERE id = " + AMIRA));
            assertEquals(bot.t("en", "account.resumed"), last(bot.out.textsTo(AMIRA)));
            assertEquals("suspend,resume", bot.one("SELECT group_concat(action) FROM admin_action WHERE action <> 'approve'"));
        }
    }

    @Test
    void pausedMatchingTellsNewcomersToTryLaterAndResumes() {
        try (TestBot bot = bot()) {
            People.approvedVolunteer(bot, PIM, "Pim");
            People.newcomer(bot, AMIRA, "Amira");
            bot.send(C, "/admin");
            bot.press(C, "pause");
            bot.send(AMIRA, "/meet");
            assertEquals(bot.t("en", "meet.paused_all"), last(bot.out.textsTo(AMIRA)));
            assertEquals("0", bot.one("SELECT COUNT(*) FROM meeting"));
            bot.send(C, "/admin");
            assertTrue(last(bot.out.textsTo(C)).contains(bot.t("en", "admin.state_paused")));
            bot.press(C, "resume");
            bot.send(AMIRA, "/meet");
            assertEquals("requested", bot.one("SELECT status FROM meeting"));
        }
    }

    @Test
    void aCoordinatorLinkMakesOnePersonACoordinatorOnce() {
        try (TestBot bot = bot()) {
            bot.send(C, "/admin");
            bot.press(C, "coord");
            String shown = last(bot.out.textsTo(C));
            String token = shown.substring(shown.lastIndexOf("start=") + "start=".length()).strip();
            bot.send(SARA, "/start " + token);
            assertEquals(bot.t("en", "admin.coordinator_welcome"), last(bot.out.textsTo(SARA)));
            assertEquals(bot.t("en", "admin.coordinator_joined", "name", "Sam"), last(bot.out.textsTo(C)));
            assertEquals(Long.toString(SARA), bot.one("SELECT person_id FROM coordinator"));
            bot.send(SARA, "/admin");
            assertTrue(last(bot.out.textsTo(SARA)).startsWith(bot.t("en", "admin.menu", "state",
                    bot.t("en", "admin.state_running")).substring(0, 10)));
            bot.send(AMIRA, "/start " + token);
            assertEquals(bot.t("en", "admin.link_used"), last(bot.out.textsTo(AMIRA)));
            assertEquals("1", bot.one("SELECT COUNT(*) FROM coordinator"));
        }
    }

    @Test
    void theWeeklyDigestArrivesOnItsDayInTheCoordinatorsLanguage() {
        try (TestBot bot = bot()) {
            bot.send(C, "nl", "/start");
            bot.send(C, "/language");
            bot.press(C, "lang:nl");
            People.newcomer(bot, AMIRA, "Amira");
            bot.send(C, "/admin");
            clock.set(Instant.parse("2026-11-30T08:00:01Z"));
            bot.koppel.runDueJobs();
            bot.koppel.settle();
            String digest = bot.out.textsTo(C).stream().filter(t -> t.startsWith("📬")).reduce((a, b) -> b).orElse("");
            assertEquals(bot.t("nl", "digest.weekly", "started", 1, "profiles", 1, "requested", 0, "confirmed", 0,
                    "held", 0, "no_shows", 0, "reports", 0, "pending", 0, "stuck", 0), digest);
            assertEquals("1", bot.one("SELECT COUNT(*) FROM job WHERE conv_key = 'digest' AND kind = 'weekly' "
                    + "AND status = 'pending' AND due_at = " + Instant.parse("2026-12-07T08:00:00Z").toEpochMilli()));
        }
    }

    @Test
    void aNewcomerStuckWithoutAMeetingIsAlertedOnce() {
        try (TestBot bot = bot()) {
            People.newcomer(bot, AMIRA, "Amira");
            bot.send(C, "/admin");
            clock.advance(Duration.ofDays(15));
            bot.koppel.runDueJobs();
            bot.koppel.settle();
            String alert = bot.t("en", "alert.stuck", "count", 1, "days", 14);
            assertEquals(1, bot.out.textsTo(C).stream().filter(alert::equals).count());
            // the person's button names the region, never its code
            RecordingGateway.Delivered shown = bot.out.to(C).stream().filter(d -> d.message() instanceof Outgoing.Send m
                    && alert.equals(m.text())).findFirst().orElseThrow();
            assertEquals("Amira · Utrecht", RecordingGateway.buttons(shown.message()).get(0).get(0).label());
            clock.advance(Duration.ofDays(1));
            bot.koppel.runDueJobs();
            bot.koppel.settle();
            assertEquals(1, bot.out.textsTo(C).stream().filter(alert::equals).count(), "once, not every day");
        }
    }

    @Test
    void statisticsComeAsTextAndChartAndExportAsCsv() {
        try (TestBot bot = bot()) {
            People.newcomer(bot, AMIRA, "Amira");
            bot.send(C, "/admin");
            bot.press(C, "stats");
            List<RecordingGateway.Delivered> toC = bot.out.to(C);
            assertTrue(toC.get(toC.size() - 1).message() instanceof Outgoing.Image, "the chart comes as a picture");
            assertTrue(toC.stream().anyMatch(d -> text(d).contains(bot.t("en", "stats.stage.profile"))));
            bot.tap(C, "stats", "x:meetings");
            Outgoing.Document csv = bot.out.documentsTo(C).get(bot.out.documentsTo(C).size() - 1);
            assertTrue(csv.content().startsWith("\uFEFF"), "a BOM, so spreadsheets read UTF-8");
            assertTrue(csv.fileName().endsWith(".csv"));
            assertFalse(csv.content().contains("Amira"), "no names in the meetings export");
        }
    }
}
