package org.koppel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pair that met and both want to meet again plans the next meeting straight away: no new
 * request, the volunteer proposes times. One yes alone starts nothing, and a new /meet still asks
 * someone new.
 */
final class MeetAgainTest {
    private static final long AMIRA = 502;
    private static final long JOOST = 602;
    private static final long KARIM = 603;

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));

    /** Took place, useful, no outcome ticked, no comment: then the question about meeting again. */
    private static void followUp(TestBot bot, long person, String again) {
        bot.pressStarting(person, "h:yes");
        bot.pressStarting(person, "u:");
        bot.pressStarting(person, "od");
        bot.pressStarting(person, "skip");
        bot.pressStarting(person, again);
    }

    @Test
    void bothSayYesAndTheVolunteerProposesTimesForTheNextMeeting() {
        try (TestBot bot = MeetingPlanTest.afterTheMeeting(dir.resolve("k.db"), clock, AMIRA, JOOST)) {
            followUp(bot, AMIRA, "a:yes");
            assertTrue(bot.out.textsTo(AMIRA).contains(bot.t("en", "fu.again_noted", "name", "Joost")));
            assertEquals("1", bot.one("SELECT COUNT(*) FROM meeting"), "one yes starts nothing");

            followUp(bot, JOOST, "a:yes");
            assertEquals("2", bot.one("SELECT COUNT(*) FROM meeting"));
            assertEquals("accepted|again|" + AMIRA + "|" + JOOST, bot.one("SELECT status || '|' || why || '|' || "
                    + "newcomer_id || '|' || volunteer_id FROM meeting WHERE status <> 'held'"));
            assertTrue(bot.out.textsTo(AMIRA).stream().anyMatch(t -> t.startsWith(bot.t("en", "meet.again_newcomer",
                    "name", "Joost"))), bot.out.textsTo(AMIRA).toString());
            RecordingGateway.Delivered times = bot.out.keyboard(JOOST);
            String text = ((Outgoing.Send) times.message()).text();
            assertTrue(text.startsWith(bot.t("nl", "plan.intro.again", "name", "Amira")), text);
            assertTrue(MeetingPlanTest.actionOn(times, "slot:").startsWith("slot:"), "times to pick from");
        }
    }

    @Test
    void aYesAndANoStartNothingAndTheOneWhoSaidYesIsNotToldOfTheNo() {
        try (TestBot bot = MeetingPlanTest.afterTheMeeting(dir.resolve("k.db"), clock, AMIRA, JOOST)) {
            followUp(bot, AMIRA, "a:yes");
            int before = bot.out.textsTo(AMIRA).size();
            followUp(bot, JOOST, "a:no");
            assertEquals("1", bot.one("SELECT COUNT(*) FROM meeting"));
            assertEquals(before, bot.out.textsTo(AMIRA).size(), "no message about the no");
        }
    }

    @Test
    void aNewRequestAfterMeetingStillAsksSomeoneNew() {
        try (TestBot bot = MeetingPlanTest.afterTheMeeting(dir.resolve("k.db"), clock, AMIRA, JOOST)) {
            People.approvedVolunteer(bot, KARIM, "Karim");
            followUp(bot, AMIRA, "a:no");
            bot.send(AMIRA, "/meet");
            assertEquals(Long.toString(KARIM), bot.one("SELECT volunteer_id FROM meeting WHERE status = 'requested'"));
        }
    }
}
