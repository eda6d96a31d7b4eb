package org.koppel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.koppel.meeting.When;

/**
 * Retention: after 23 months without a word from someone, a notice in their language names the
 * day their data goes; one tap or any message keeps it, silence erases it as /delete would. The
 * consent text states the period.
 */
final class RetentionTest {
    private static final long AMIRA = 503;

    @TempDir
    Path dir;

    /**
     * She finished her profile at 10:00 on 23 November 2026; the default period is 24 months. The
     * daily sweep notices her on 24 October 2028 at 10:30, so her data goes a month later, on 23
     * November at 10:30 (never sooner than a month after the notice).
     */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));

    private static void run(TestBot bot, MutableClock clock, String at) {
        clock.set(Instant.parse(at));
        bot.koppel.runDueJobs();
        bot.koppel.settle();
    }

    private static String last(TestBot bot, long person) {
        var texts = bot.out.textsTo(person);
        return texts.get(texts.size() - 1);
    }

    private static String notice(TestBot bot) {
        return bot.t("en", "retention.notice", "months", 24, "date",
                When.day(LocalDateTime.parse("2028-11-23T11:00"), "en"));
    }

    @Test
    void theConsentTextStatesThePeriod() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"), clock)) {
            bot.send(AMIRA, "en", "/start");
            bot.press(AMIRA, "continue");
            bot.press(AMIRA, "role:newcomer");
            assertTrue(last(bot, AMIRA).contains("24 months"), last(bot, AMIRA));
        }
    }

    @Test
    void aNoticeAMonthBeforeAndOneTapKeepsEverything() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"), clock)) {
            People.newcomer(bot, AMIRA, "Amira");
            run(bot, clock, "2028-10-20T10:00:00Z");
            assertTrue(bot.out.textsTo(AMIRA).stream().noneMatch(t -> t.equals(notice(bot))), "not yet");
            run(bot, clock, "2028-10-24T10:30:00Z");
            assertEquals(notice(bot), last(bot, AMIRA));
            run(bot, clock, "2028-10-26T10:00:00Z");
            assertEquals(1, bot.out.textsTo(AMIRA).stream().filter(t -> t.equals(notice(bot))).count(), "once");

            bot.press(AMIRA, "keep");
            assertEquals(bot.t("en", "retention.kept"), last(bot, AMIRA));
            run(bot, clock, "2028-11-24T10:00:00Z");
            assertEquals("Amira", bot.one("SELECT first_name FROM newcomer_profile WHERE person_id = " + AMIRA));
        }
    }

    @Test
    void anyMessageAfterTheNoticeAlsoKeepsIt() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"), clock)) {
            People.newcomer(bot, AMIRA, "Amira");
            run(bot, clock, "2028-10-24T10:30:00Z");
            clock.set(Instant.parse("2028-11-01T10:00:00Z"));
            bot.send(AMIRA, "/help");
            run(bot, clock, "2028-11-24T10:00:00Z");
            assertEquals("Amira", bot.one("SELECT first_name FROM newcomer_profile WHERE person_id = " + AMIRA));
        }
    }

    @Test
    void silenceErasesEverythingAsDeleteWouldAndSaysWhy() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"), clock)) {
            bot.send(TestBot.COORDINATOR, "/admin");
            People.newcomer(bot, AMIRA, "Amira");
            run(bot, clock, "2028-10-24T10:30:00Z");
            run(bot, clock, "2028-11-23T10:29:00Z");
            assertEquals("1", bot.one("SELECT COUNT(*) FROM person WHERE id = " + AMIRA), "not before the date");
            run(bot, clock, "2028-11-23T10:31:00Z");
            assertEquals("0", bot.one("SELECT COUNT(*) FROM person WHERE id = " + AMIRA));
            assertEquals("0", bot.one("SELECT COUNT(*) FROM newcomer_profile WHERE person_id = " + AMIRA));
            assertEquals(bot.t("en", "retention.erased", "months", 24), last(bot, AMIRA));
            // staff are not the people the service is for: a silent coordinator is neither noticed nor erased
            assertEquals("1", bot.one("SELECT COUNT(*) FROM person WHERE id = " + TestBot.COORDINATOR));
            assertTrue(bot.out.textsTo(TestBot.COORDINATOR).stream().noneMatch(t -> t.contains("24 months")));
        }
    }

    /** Every message counts, but the person's row is rewritten at most once an hour for it. */
    @Test
    void lastSeenMovesWithThePersonsOwnMessagesAtMostHourly() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"), clock)) {
            People.newcomer(bot, AMIRA, "Amira");
            String first = bot.one("SELECT last_seen FROM person WHERE id = " + AMIRA);
            assertEquals(Long.toString(clock.millis()), first);
            clock.advance(java.time.Duration.ofMinutes(10));
            bot.send(AMIRA, "/help");
            assertEquals(first, bot.one("SELECT last_seen FROM person WHERE id = " + AMIRA), "within the hour");
            clock.advance(java.time.Duration.ofHours(2));
            bot.send(AMIRA, "/help");
            assertEquals(Long.toString(clock.millis()), bot.one("SELECT last_seen FROM person WHERE id = " + AMIRA));
        }
    }
}
