package org.koppel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where two people meet in time: one erases themselves, goes quiet or acts while the other is
 * mid-step. Each comment tells the defect a review of the redesign found; the test, named for
 * what should happen, failed before the fix.
 */
final class CrossPersonTest {
    private static final long AMIRA = 501;
    private static final long VOL = 7_654_321_987L;

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));

    private static String last(List<String> texts) {
        return texts.get(texts.size() - 1);
    }

    /** a button-only question that arrives later takes the text the person is typing for /message. */
    @Test
    void timesProposedMeanwhileDoNotTakeTheMessageBeingWritten() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"), clock)) {
            People.approvedVolunteer(bot, VOL, "Joost");
            People.newcomer(bot, AMIRA, "Amira");
            MeetingPlanTest.accepted(bot, AMIRA, VOL);
            bot.send(AMIRA, "/message");
            assertEquals(bot.t("en", "relay.write", "name", "Joost"), last(bot.out.textsTo(AMIRA)));
            MeetingPlanTest.propose(bot, VOL, "Café");
            bot.send(AMIRA, "I will be ten minutes late");
            assertFalse(bot.out.textsTo(AMIRA).contains(bot.t("en", "input.use_buttons")),
                    "Amira's text was answered with 'please use the buttons' and dropped");
            assertTrue(bot.out.textsTo(VOL).stream().anyMatch(t -> t.contains("ten minutes late")),
                    "the message never reached Joost");
        }
    }

    /** a second tap on "Yes, delete" (or any old button afterwards) re-creates the person at once. */
    @Test
    void aSecondTapOnDeleteDoesNotBringThePersonBack() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"), clock)) {
            People.newcomer(bot, AMIRA, "Amira");
            bot.send(AMIRA, "/delete");
            RecordingGateway.Delivered confirm = bot.out.keyboard(AMIRA);
            bot.pressOn(AMIRA, confirm, "yes");
            assertEquals("0", bot.one("SELECT COUNT(*) FROM person WHERE id = " + AMIRA));
            int before = bot.out.textsTo(AMIRA).size();
            bot.pressOn(AMIRA, confirm, "yes");
            assertEquals("0", bot.one("SELECT COUNT(*) FROM person WHERE id = " + AMIRA),
                    "the erased person is stored again; got: " + bot.out.textsTo(AMIRA).subList(before,
                            bot.out.textsTo(AMIRA).size()));
        }
    }

    /**
     * the newcomer's search picks a volunteer from the last commit; if that volunteer's erasure
     * commits first, the request is still written: a meeting row keeps the erased id, nobody is
     * asked, nothing expires, and the newcomer waits for ever.
     */
    @Test
    void aRequestToAVolunteerErasedMeanwhileGoesToTheNextVolunteer() throws Exception {
        int stuck = 0;
        List<String> seen = new ArrayList<>();
        int tries = 6;
        for (int i = 0; i < tries; i++) {
            try (TestBot bot = new TestBot(dir.resolve("r" + i + ".db"), clock)) {
                People.approvedVolunteer(bot, VOL, "Joost");
                People.newcomer(bot, AMIRA, "Amira");
                bot.send(VOL, "/delete");
                RecordingGateway.Delivered confirm = bot.out.keyboard(VOL);
                bot.inbox.accept(List.of(
                        TestBot.update(VOL, "nl", new Inbound.Press(TestBot.data(confirm, "yes"), "bye" + i, confirm.ref())),
                        TestBot.update(AMIRA, "en", Update.typed("/meet"))));
                bot.koppel.settle();
                String left = bot.one("SELECT COUNT(*) FROM meeting WHERE volunteer_id = " + VOL).equals("0") ? "" : PersonalDataTest.idsLeft(bot, VOL);
                if (!left.isEmpty()) {
                    stuck++;
                    seen.add("run " + i + ": ids left in " + left + "; meeting "
                            + bot.one("SELECT status || '|' || volunteer_id FROM meeting") + "; Amira meet="
                            + bot.state(AMIRA, "meet") + "; jobs=" + bot.one("SELECT COUNT(*) FROM job WHERE status='pending'"));
                }
            }
        }
        assertEquals(0, stuck, stuck + " of " + tries + " runs left a request to an erased volunteer: " + seen);
    }

    /** a /message written while its receiver erases themselves hits relay.to_id's foreign key: an internal error. */
    @Test
    void aMessageToSomeoneErasingThemselvesGivesNoInternalError() throws Exception {
        int errors = 0;
        int tries = 6;
        for (int i = 0; i < tries; i++) {
            try (TestBot bot = new TestBot(dir.resolve("m" + i + ".db"), clock)) {
                People.approvedVolunteer(bot, VOL, "Joost");
                People.newcomer(bot, AMIRA, "Amira");
                MeetingPlanTest.accepted(bot, AMIRA, VOL);
                bot.send(AMIRA, "/message");
                bot.send(VOL, "/delete");
                RecordingGateway.Delivered confirm = bot.out.keyboard(VOL);
                bot.inbox.accept(List.of(
                        TestBot.update(VOL, "nl", new Inbound.Press(TestBot.data(confirm, "yes"), "bye" + i, confirm.ref())),
                        TestBot.update(AMIRA, "en", Update.typed("See you soon"))));
                bot.koppel.settle();
                if (bot.out.textsTo(AMIRA).contains(bot.t("en", "error.internal"))) {
                    errors++;
                }
            }
        }
        assertEquals(0, errors, errors + " of " + tries + " runs answered Amira with an internal error");
    }

    /** another person's /message conversation keeps the erased partner's id in its data. */
    @Test
    void aMessageBeingWrittenKeepsNoIdOfAnErasedPartner() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"), clock)) {
            People.approvedVolunteer(bot, VOL, "Joost");
            People.newcomer(bot, AMIRA, "Amira");
            MeetingPlanTest.accepted(bot, AMIRA, VOL);
            bot.send(AMIRA, "/message");
            bot.send(VOL, "/delete");
            bot.press(VOL, "yes");
            assertEquals("", PersonalDataTest.idsLeft(bot, VOL), "rows still naming the erased volunteer");
        }
    }

    /**
     * review buttons are standing and bound only to the volunteer's id: a coordinator's Approve on
     * the review of a profile that was erased approves whatever the same Telegram user submits later.
     */
    @Test
    void anOldReviewButtonDoesNotApproveANewProfile() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"), clock)) {
            People.volunteer(bot, VOL, "Joost", "weekday_evening", "Verpleegkundige");
            RecordingGateway.Delivered oldReview = bot.shownWith(TestBot.COORDINATOR, "review:");
            bot.send(VOL, "/delete");
            bot.press(VOL, "yes");
            People.volunteer(bot, VOL, "Joost", "weekday_evening", "Something else entirely");
            bot.pressOn(TestBot.COORDINATOR, oldReview, "ok");
            assertEquals("pending", bot.one("SELECT status FROM volunteer_profile WHERE person_id = " + VOL),
                    "approved from the review of a profile that no longer exists");
        }
    }

    /** /cancel while choosing a time says there is nothing to stop (and does not ask again). */
    @Test
    void cancelWhileChoosingATimeDoesNotSayThereIsNothingToStop() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"), clock)) {
            People.approvedVolunteer(bot, VOL, "Joost");
            People.newcomer(bot, AMIRA, "Amira");
            MeetingPlanTest.accepted(bot, AMIRA, VOL);
            MeetingPlanTest.propose(bot, VOL, "Café");
            bot.send(AMIRA, "/cancel");
            assertFalse(last(bot.out.textsTo(AMIRA)).equals(bot.t("en", "cancel.nothing")),
                    "Amira is being asked to choose a time, yet hears there is nothing to stop");
        }
    }

    /** the check-in asks about work found "since the meeting" even when the newcomer said it did not take place. */
    @Test
    void aMeetingThatDidNotTakePlaceGetsNoCheckIn() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"), clock)) {
            People.approvedVolunteer(bot, VOL, "Joost");
            People.newcomer(bot, AMIRA, "Amira");
            MeetingPlanTest.confirmed(bot, AMIRA, VOL);
            clock.set(Instant.parse("2026-11-25T21:00:00Z"));
            bot.koppel.runDueJobs();
            bot.koppel.settle();
            bot.pressOn(AMIRA, bot.shownWith(AMIRA, "followup:"), "h:no");
            assertEquals("not_held", bot.one("SELECT status FROM meeting"));
            clock.set(Instant.parse("2027-01-07T00:00:00Z"));
            bot.koppel.runDueJobs();
            bot.koppel.settle();
            assertFalse(bot.out.textsTo(AMIRA).contains(bot.t("en", "checkin.ask", "name", "Amira")),
                    "asked how the meeting helped six weeks after saying it never happened");
        }
    }

    /**
     * once a volunteer has accepted, nothing expires: if they go quiet the newcomer waits for ever,
     * cannot cancel (no card yet, /cancel finds nothing) and /meet refuses to look for someone else.
     */
    @Test
    void aVolunteerWhoGoesQuietAfterAcceptingDoesNotBlockTheNewcomer() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"), clock)) {
            People.approvedVolunteer(bot, VOL, "Joost");
            People.newcomer(bot, AMIRA, "Amira");
            MeetingPlanTest.accepted(bot, AMIRA, VOL);
            clock.set(Instant.parse("2027-01-23T10:00:00Z"));
            bot.koppel.runDueJobs();
            bot.koppel.settle();
            bot.send(AMIRA, "/cancel");
            bot.send(AMIRA, "/meet");
            List<String> amira = bot.out.textsTo(AMIRA);
            boolean anyMeetingButton = bot.out.to(AMIRA).stream().flatMap(d -> RecordingGateway.buttons(d.message()).stream())
                    .flatMap(List::stream).anyMatch(b -> b.data() != null && TestBot.key(b).startsWith("meeting:"));
            assertFalse(last(amira).equals(bot.t("en", "meet.already", "name", "Joost")) && !anyMeetingButton,
                    "two months later: " + amira.subList(amira.size() - 2, amira.size()));
        }
    }

    /**
     * /mydata exports every conversation's raw data, and some hold the other side's Telegram id:
     * the newcomer learns the id of the volunteer being asked (tg://user?id= opens a chat), before
     * any acceptance and without the contact-sharing both must agree to.
     */
    @Test
    void myDataDoesNotRevealTheOtherSidesTelegramId() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"), clock)) {
            People.approvedVolunteer(bot, VOL, "Joost");
            People.newcomer(bot, AMIRA, "Amira");
            bot.send(AMIRA, "/meet");
            bot.send(AMIRA, "/mydata");
            var files = bot.out.documentsTo(AMIRA);
            String file = files.get(files.size() - 1).content();
            assertFalse(file.contains(Long.toString(VOL)), "the export holds the volunteer's Telegram id: "
                    + file.substring(Math.max(0, file.indexOf(Long.toString(VOL)) - 120),
                            Math.min(file.length(), file.indexOf(Long.toString(VOL)) + 30)));
        }
    }
}
