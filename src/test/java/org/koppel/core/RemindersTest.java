package org.koppel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reminders before a confirmed meeting, on a real SQLite file with a clock moved by hand: at
 * the right instants (also across DST), once, across restarts, and never after a cancel.
 */
final class RemindersTest {
    private static final long AMIRA = 501;
    private static final long VOL = 601;

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));

    /** Amira and Joost meet on Wednesday 25 November at 19:00 (18:00 UTC). */
    private TestBot confirmedOnWednesday() {
        TestBot bot = new TestBot(dir.resolve("k.db"), clock);
        People.approvedVolunteer(bot, VOL, "Joost");
        People.newcomer(bot, AMIRA, "Amira");
        MeetingPlanTest.confirmed(bot, AMIRA, VOL);
        return bot;
    }

    private static int reminders(TestBot bot, long person, String language) {
        String start = bot.t(language, "remind.text", "name", "X", "day", "", "time", "", "place", "").substring(0, 8);
        return (int) bot.out.textsTo(person).stream().filter(t -> t.startsWith(start)).count();
    }

    private static int due(TestBot bot, String at, MutableClock clock) {
        clock.set(Instant.parse(at));
        int n = bot.koppel.runDueJobs();
        bot.koppel.settle();
        return n;
    }

    @Test
    void bothSidesAreRemindedADayAndTwoHoursBeforeInTheirLanguageOnce() {
        try (TestBot bot = confirmedOnWednesday()) {
            assertEquals(0, due(bot, "2026-11-24T17:59:59Z", clock));
            assertEquals(2, due(bot, "2026-11-24T18:00:00Z", clock), "each side's own reminder");
            assertEquals(1, reminders(bot, AMIRA, "en"));
            assertEquals(1, reminders(bot, VOL, "nl"));
            String toJoost = bot.out.textsTo(VOL).get(bot.out.textsTo(VOL).size() - 1);
            assertTrue(toJoost.contains("woensdag 25 november 2026") && toJoost.contains("Amira"), toJoost);
            List<String> actions = bot.out.keyboard(AMIRA).message() instanceof Outgoing.Send s
                    ? s.buttons().stream().flatMap(List::stream).map(TestBot::action).toList() : List.of();
            assertTrue(actions.stream().anyMatch(a -> a.startsWith("attend:")) && actions.stream().anyMatch(a -> a.startsWith("move:"))
                    && actions.stream().anyMatch(a -> a.startsWith("cancel:")), actions.toString());
            assertEquals(0, due(bot, "2026-11-25T15:59:59Z", clock));
            assertEquals(2, due(bot, "2026-11-25T16:00:00Z", clock));
            assertEquals(2, reminders(bot, AMIRA, "en"));
            assertEquals(0, due(bot, "2026-11-25T17:00:00Z", clock), "each reminder once");
            assertEquals(2, reminders(bot, VOL, "nl"));
        }
    }

    @Test
    void afterDowntimeOnlyWhatIsStillUsefulIsSentOnce() {
        confirmedOnWednesday().close();
        // down until both reminders are due: only the later one is sent, once
        clock.set(Instant.parse("2026-11-25T17:30:00Z"));
        try (TestBot bot = new TestBot(dir.resolve("k.db"), clock)) {
            bot.koppel.runDueJobs();
            bot.koppel.settle();
            assertEquals(1, reminders(bot, AMIRA, "en"));
            assertEquals(1, reminders(bot, VOL, "nl"));
        }
        try (TestBot bot = new TestBot(dir.resolve("k.db"), clock)) {
            bot.koppel.runDueJobs();
            bot.koppel.settle();
            assertEquals(0, reminders(bot, AMIRA, "en"), "a restart sends nothing again");
        }
    }

    @Test
    void aReminderDueWhileDownIsDroppedOnceTheMeetingHasBegun() {
        confirmedOnWednesday().close();
        clock.set(Instant.parse("2026-11-25T18:05:00Z"));
        try (TestBot bot = new TestBot(dir.resolve("k.db"), clock)) {
            bot.koppel.runDueJobs();
            bot.koppel.settle();
            assertEquals("0", bot.one("SELECT COUNT(*) FROM job WHERE kind LIKE 'remind%' AND status = 'pending'"),
                    "both reminders fell due and were handled");
            assertEquals(0, reminders(bot, AMIRA, "en"));
            assertEquals(0, reminders(bot, VOL, "nl"));
        }
    }

    @Test
    void cancellingRemovesThePendingReminders() {
        try (TestBot bot = confirmedOnWednesday()) {
            RecordingGateway.Delivered card = MeetingPlanTest.card(bot, AMIRA);
            bot.pressOn(AMIRA, card, MeetingPlanTest.actionOn(card, "cancel:"));
            assertEquals(0, due(bot, "2026-11-26T00:00:00Z", clock));
            assertEquals(0, reminders(bot, VOL, "nl"));
        }
    }

    @Test
    void aDayBeforeKeepsTheLocalTimeAcrossTheSpringDstChange() {
        // Thursday 26 March 2026; the clocks go forward in the night to Sunday 29 March
        clock.set(Instant.parse("2026-03-26T10:00:00Z"));
        try (TestBot bot = new TestBot(dir.resolve("k.db"), clock)) {
            People.approvedVolunteer(bot, VOL, "Joost", "weekend");
            People.newcomer(bot, AMIRA, "Amira", "weekend");
            MeetingPlanTest.accepted(bot, AMIRA, VOL);
            MeetingPlanTest.propose(bot, VOL, "Bibliotheek");
            bot.press(AMIRA, "pick:1");
            // Sunday 29 March 11:00 CEST is 09:00 UTC; a day before is Saturday 11:00 CET, 10:00 UTC
            assertEquals(0, due(bot, "2026-03-28T09:59:59Z", clock), "not at 24 hours' duration (09:00 UTC)");
            assertEquals(2, due(bot, "2026-03-28T10:00:00Z", clock));
            assertEquals(1, reminders(bot, AMIRA, "en"));
            String text = bot.out.textsTo(AMIRA).get(bot.out.textsTo(AMIRA).size() - 1);
            assertTrue(text.contains("11:00") && text.contains("March 29"), text);
            assertEquals(2, due(bot, "2026-03-29T07:00:00Z", clock), "two hours before: 09:00 CEST");
        }
    }
}
