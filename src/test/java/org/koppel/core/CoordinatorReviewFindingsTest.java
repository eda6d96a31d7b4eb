package org.koppel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.koppel.stats.Period;
import org.koppel.stats.Statistics;

/** Found by a review of the coordinators' work: each asserts what the README promises, and failed before its fix. */
final class CoordinatorReviewFindingsTest {
    private static final long C = TestBot.COORDINATOR;
    private static final long C2 = TestBot.SECOND_COORDINATOR;
    private static final long AMIRA = 751;
    private static final long PIM = 761;
    private static final long JOOST = 762;
    private static final long SARA = 771;
    private static final long SAMIRA = 781;
    private static final long[] MEMBERS = {782, 783};

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));

    private TestBot bot() {
        return new TestBot(dir.resolve("k.db"), clock);
    }

    private static void erase(TestBot bot, long who) {
        bot.send(who, "/delete");
        bot.press(who, "yes");
    }

    /** F1: suspending a newcomer whose request is still open makes their search ask the next volunteer. */
    @Test
    void aSuspendedNewcomerIsNotOfferedToAnotherVolunteer() {
        try (TestBot bot = bot()) {
            People.approvedVolunteer(bot, PIM, "Pim");
            People.approvedVolunteer(bot, JOOST, "Joost");
            People.newcomer(bot, AMIRA, "Amira");
            bot.send(AMIRA, "/meet");
            assertEquals("1", bot.one("SELECT COUNT(*) FROM meeting WHERE status = 'requested'"));
            bot.send(C, "/admin");
            bot.press(C, "new");
            bot.tap(C, "subject:" + Long.toString(AMIRA, 36), "view");
            bot.press(C, "susp");
            bot.press(C, "r:safety");
            assertEquals("1", bot.one("SELECT suspended FROM person WHERE id = " + AMIRA));
            assertEquals("0", bot.one("SELECT COUNT(*) FROM meeting WHERE status = 'requested'"),
                    "a suspended newcomer's profile went to another volunteer: "
                            + bot.one("SELECT group_concat(status || '/' || volunteer_id) FROM meeting"));
        }
    }

    /** F2: an old Approve under the first review re-approves a volunteer whose approval was taken back. */
    @Test
    void anOldReviewButtonDoesNotUndoATakenBackApproval() {
        try (TestBot bot = bot()) {
            People.volunteer(bot, PIM, "Pim");
            RecordingGateway.Delivered oldReview = bot.shownWith(C2, "review:");
            bot.tap(C, "review:" + Long.toString(PIM, 36), "ok");
            bot.send(C, "/admin");
            bot.press(C, "vol");
            bot.tap(C, "subject:" + Long.toString(PIM, 36), "view");
            bot.press(C, "unapp");
            bot.press(C, "r:safety");
            assertEquals("pending", bot.one("SELECT status FROM volunteer_profile WHERE person_id = " + PIM));
            bot.pressOn(C2, oldReview, "ok");
            assertEquals("pending", bot.one("SELECT status FROM volunteer_profile WHERE person_id = " + PIM),
                    "the weeks-old review button re-approved the volunteer; admin_action: "
                            + bot.one("SELECT group_concat(action) FROM admin_action"));
        }
    }

    /** F3: the volunteers' CSV (names, job titles) stays in the outbox after a volunteer's /delete. */
    @Test
    void theVolunteerExportGoesWithAnErasedVolunteer() {
        try (TestBot bot = bot()) {
            People.approvedVolunteer(bot, PIM, "Pim", "weekday_evening", "Zwanenhalsmeester");
            bot.send(C, "/admin");
            bot.press(C, "stats");
            bot.tap(C, "stats", "x:volunteers");
            erase(bot, PIM);
            assertEquals("0", bot.one("SELECT COUNT(*) FROM outbox WHERE payload LIKE '%Zwanenhalsmeester%'"),
                    "the export with the erased volunteer's job title is still stored");
        }
    }

    /** F4: the community card's "choose a key person" list keeps the names it found after they erase. */
    @Test
    void theKeyPersonPickListGoesWithAnErasedPerson() {
        try (TestBot bot = bot()) {
            People.newcomer(bot, AMIRA, "Amirazelda");
            CommunityTest.links(bot);
            bot.send(C, "/communities");
            bot.tap(C, "manage:", "view");
            bot.press(C, "app");
            bot.send(C, "amir");
            erase(bot, AMIRA);
            assertEquals("0", bot.one("SELECT COUNT(*) FROM outbox WHERE payload LIKE '%Amirazelda%'"),
                    "the pick list naming the erased newcomer is still stored");
        }
    }

    /** F5: a broadcast prepared before the community was archived still goes out after it. */
    @Test
    void anArchivedCommunityGetsNoBroadcast() {
        try (TestBot bot = bot()) {
            bot.send(C, "hello");
            String[] links = CommunityTest.links(bot);
            bot.send(SAMIRA, "en", "/start " + links[1]);
            bot.pressStarting(SAMIRA, "key:");
            for (long m : MEMBERS) {
                bot.send(m, "en", "/start " + links[0]);
                bot.pressStarting(m, "join");
            }
            bot.send(SAMIRA, "en", "/broadcast");
            bot.send(SAMIRA, "en", "Meeting on Friday");
            bot.send(C, "/communities");
            bot.tap(C, "manage:", "view");
            bot.press(C, "arc");
            bot.press(C, "arc!");
            bot.press(SAMIRA, "send");
            bot.koppel.broadcastsDone();
            bot.koppel.settle();
            assertEquals("0", bot.one("SELECT COUNT(*) FROM broadcast_delivery"),
                    "members of an archived community got a broadcast");
        }
    }

    /** F6: a coordinator appointed in the bot who paused matching and then erased stays in service_flag. */
    @Test
    void anErasedCoordinatorLeavesNoIdInServiceFlag() {
        try (TestBot bot = bot()) {
            bot.send(C, "/admin");
            bot.press(C, "coord");
            List<String> shown = bot.out.textsTo(C);
            String text = shown.get(shown.size() - 1);
            bot.send(SARA, "/start " + text.substring(text.lastIndexOf("start=") + 6).strip());
            bot.send(SARA, "/admin");
            bot.press(SARA, "pause");
            erase(bot, SARA);
            assertEquals("0", bot.one("SELECT COUNT(*) FROM service_flag WHERE set_by = " + SARA),
                    "the erased coordinator's Telegram id is still in service_flag.set_by");
        }
    }

    /** F7: a coordinator appointed in the bot who erases themselves joins the newcomer cohort afterwards. */
    @Test
    void anErasedCoordinatorDoesNotJoinTheCohort() {
        try (TestBot bot = bot()) {
            People.newcomer(bot, AMIRA, "Amira");
            bot.send(C, "/admin");
            bot.press(C, "coord");
            List<String> shown = bot.out.textsTo(C);
            String text = shown.get(shown.size() - 1);
            bot.send(SARA, "/start " + text.substring(text.lastIndexOf("start=") + 6).strip());
            ZoneId zone = ZoneId.of("Europe/Amsterdam");
            int before = bot.koppel.db().read(c -> Statistics.read(c, Period.last30Days(clock.instant(), zone), zone,
                    Set.of(C, C2)).total().started());
            erase(bot, SARA);
            int after = bot.koppel.db().read(c -> Statistics.read(c, Period.last30Days(clock.instant(), zone), zone,
                    Set.of(C, C2)).total().started());
            assertEquals(before, after, "the cohort changed when a coordinator erased themselves");
        }
    }
}
