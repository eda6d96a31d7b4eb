package org.koppel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After the meeting: both are asked how it went, answers are stored, one nudge, the check-in. */
final class FollowUpTest {
    private static final long AMIRA = 501;
    private static final long VOL = 601;

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));

    /** Wednesday 25 November 19:00-20:00 local; the follow-up is due two hours after, 21:00 UTC. */
    private TestBot afterTheMeeting() {
        TestBot bot = new TestBot(dir.resolve("k.db"), clock);
        People.approvedVolunteer(bot, VOL, "Joost");
        People.newcomer(bot, AMIRA, "Amira");
        MeetingPlanTest.confirmed(bot, AMIRA, VOL);
        clock.set(Instant.parse("2026-11-25T20:59:59Z"));
        bot.koppel.runDueJobs();
        bot.koppel.settle();
        assertTrue(bot.out.textsTo(AMIRA).stream().noneMatch(t -> t.equals(bot.t("en", "fu.held", "name", "Joost"))));
        run(bot, "2026-11-25T21:00:00Z");
        return bot;
    }

    private void run(TestBot bot, String at) {
        clock.set(Instant.parse(at));
        bot.koppel.runDueJobs();
        bot.koppel.settle();
    }

    private static String row(TestBot bot, long person, String columns) {
        return bot.one("SELECT " + columns + " FROM meeting_feedback WHERE person_id = " + person);
    }

    @Test
    void bothAreAskedAndEveryAnswerIsStored() {
        try (TestBot bot = afterTheMeeting()) {
            assertEquals(bot.t("en", "fu.held", "name", "Joost"), ((Outgoing.Send) bot.out.keyboard(AMIRA).message()).text());
            assertEquals(bot.t("nl", "fu.held", "name", "Amira"), ((Outgoing.Send) bot.out.keyboard(VOL).message()).text());
            bot.pressStarting(AMIRA, "h:");
            assertEquals("yes", row(bot, AMIRA, "took_place"), "stored before the next question");
            bot.pressStarting(AMIRA, "u:");
            assertEquals("1", row(bot, AMIRA, "usefulness"));
            RecordingGateway.Delivered outcomes = bot.out.keyboard(AMIRA);
            bot.pressOn(AMIRA, outcomes, MeetingPlanTest.actionOn(outcomes, "o:"));
            bot.pressOn(AMIRA, outcomes, MeetingPlanTest.actionOn(outcomes, "od"));
            assertEquals("[\"interview\"]", row(bot, AMIRA, "outcomes"));
            bot.send(AMIRA, "Joost will introduce me to the hospital's HR.");
            assertEquals("Joost will introduce me to the hospital's HR.", row(bot, AMIRA, "comment"));
            assertEquals(bot.t("en", "fu.again", "name", "Joost"), ((Outgoing.Send) bot.out.keyboard(AMIRA).message()).text());
            bot.pressStarting(AMIRA, "a:no");
            assertEquals("no", row(bot, AMIRA, "again"));
            assertTrue(bot.out.textsTo(AMIRA).contains(bot.t("en", "fu.thanks", "name", "Joost")));

            RecordingGateway.Delivered held = bot.out.keyboard(VOL);
            bot.pressOn(VOL, held, "h:no_show");
            assertEquals("no_show", row(bot, VOL, "took_place"));
            assertEquals("volunteer", row(bot, VOL, "role"));
            bot.pressOn(VOL, held, MeetingPlanTest.actionOn(held, "h:"));
            assertEquals("no_show", row(bot, VOL, "took_place"), "a finished follow-up does not change");
        }
    }

    @Test
    void aVolunteerProposingAPlaceIsNotTakenForTheirComment() {
        try (TestBot bot = afterTheMeeting()) {
            bot.pressStarting(VOL, "h:");
            bot.pressStarting(VOL, "u:");
            bot.pressStarting(VOL, "od");
            long bashir = 502;
            People.newcomer(bot, bashir, "Bashir");
            MeetingPlanTest.accepted(bot, bashir, VOL);
            MeetingPlanTest.propose(bot, VOL, "Stadsbibliotheek");
            assertEquals(bot.t("nl", "plan.sent", "name", "Bashir"), bot.out.textsTo(VOL).get(bot.out.textsTo(VOL).size() - 1));
            assertEquals(null, row(bot, VOL, "comment"), "the place went to the planning, not into the comment");
            bot.send(VOL, "Fijn gesprek");
            assertEquals("Fijn gesprek", row(bot, VOL, "comment"), "once idle, typing is the comment");
        }
    }

    @Test
    void oneNudgeADayLaterThenSilence() {
        try (TestBot bot = afterTheMeeting()) {
            String nudge = bot.t("en", "fu.nudge", "name", "Joost").substring(0, 12);
            run(bot, "2026-11-26T20:59:00Z");
            assertEquals(0, bot.out.textsTo(AMIRA).stream().filter(t -> t.startsWith(nudge)).count());
            run(bot, "2026-11-26T21:00:00Z");
            assertEquals(1, bot.out.textsTo(AMIRA).stream().filter(t -> t.startsWith(nudge)).count());
            run(bot, "2026-12-02T21:00:00Z");
            assertEquals(1, bot.out.textsTo(AMIRA).stream().filter(t -> t.startsWith(nudge)).count());
        }
    }

    @Test
    void weeksLaterTheNewcomerIsAskedWhereTheyStand() {
        try (TestBot bot = afterTheMeeting()) {
            bot.pressStarting(AMIRA, "h:");
            run(bot, "2027-01-06T17:59:00Z");
            assertTrue(bot.out.textsTo(AMIRA).stream().noneMatch(t -> t.equals(bot.t("en", "checkin.ask", "name", "Amira"))));
            run(bot, "2027-01-06T18:00:00Z");
            RecordingGateway.Delivered ask = bot.out.keyboard(AMIRA);
            assertEquals(bot.t("en", "checkin.ask", "name", "Amira"), ((Outgoing.Send) ask.message()).text());
            bot.pressOn(AMIRA, ask, MeetingPlanTest.actionOn(ask, "work"));
            assertEquals("work", bot.one("SELECT outcome FROM checkin WHERE person_id = " + AMIRA));
            assertEquals(0, bot.out.textsTo(VOL).stream().filter(t -> t.contains("checkin")).count());
        }
    }
}
