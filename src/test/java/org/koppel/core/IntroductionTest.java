package org.koppel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Introductions through the engine on a real SQLite file: after a meeting that took place the
 * volunteer records one from the end of their follow-up, the newcomer confirms it, is asked two
 * weeks later whether they talked and six weeks later what came of it, and the coordinators'
 * statistics count it. A "not right" is not counted as confirmed; a foreign press and a
 * newcomer who erased themselves change nothing.
 */
final class IntroductionTest {
    private static final long AMIRA = 512;
    private static final long JOOST = 612;
    private static final long STRANGER = 613;

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));

    private TestBot afterTheMeeting() {
        TestBot bot = new TestBot(dir.resolve("k.db"), clock);
        People.approvedVolunteer(bot, JOOST, "Joost");
        People.newcomer(bot, AMIRA, "Amira");
        MeetingPlanTest.confirmed(bot, AMIRA, JOOST);
        clock.set(Instant.parse("2026-11-25T21:00:00Z"));
        bot.koppel.runDueJobs();
        bot.koppel.settle();
        return bot;
    }

    private static void answer(TestBot bot, long person, String prefix) {
        RecordingGateway.Delivered q = bot.out.keyboard(person);
        bot.pressOn(person, q, MeetingPlanTest.actionOn(q, prefix));
    }

    /** Joost's follow-up up to its end, then the offer's button, an employer and its name. */
    private static void recorded(TestBot bot) {
        answer(bot, JOOST, "h:yes");
        answer(bot, JOOST, "u:");
        answer(bot, JOOST, "od");
        answer(bot, JOOST, "skip");
        answer(bot, JOOST, "a:no");
        assertTrue(bot.out.textsTo(JOOST).contains(bot.t("nl", "intro.offer", "name", "Amira")),
                bot.out.textsTo(JOOST).toString());
        answer(bot, JOOST, "m:");
        answer(bot, JOOST, "k:employer");
        bot.send(JOOST, "Zorggroep Tilburg");
    }

    private void later(TestBot bot, Duration d) {
        clock.set(clock.instant().plus(d));
        bot.koppel.runDueJobs();
        bot.koppel.settle();
    }

    @Test
    void anIntroductionIsConfirmedFollowedUpAndCounted() {
        try (TestBot bot = afterTheMeeting()) {
            recorded(bot);
            assertEquals("employer|Zorggroep Tilburg|recorded", bot.one("SELECT kind || '|' || organisation || '|' "
                    + "|| status FROM introduction"));
            String whom = bot.t("en", "intro.whom_at", "whom", bot.t("en", "intro.whom.employer"),
                    "organisation", "Zorggroep Tilburg");
            assertTrue(bot.out.textsTo(AMIRA).contains(bot.t("en", "intro.confirm", "name", "Joost", "whom", whom)),
                    bot.out.textsTo(AMIRA).toString());

            // a stranger pressing Amira's button (copied data) changes nothing
            RecordingGateway.Delivered confirm = bot.out.keyboard(AMIRA);
            bot.pressOn(STRANGER, confirm, "right");
            assertEquals("recorded", bot.one("SELECT status FROM introduction"));

            bot.pressOn(AMIRA, confirm, "right");
            assertEquals("confirmed", bot.one("SELECT status FROM introduction"));

            later(bot, Duration.ofDays(14));
            assertTrue(bot.out.textsTo(AMIRA).contains(bot.t("en", "intro.ask_talked", "name", "Joost", "whom", whom)));
            answer(bot, AMIRA, "t:yes");
            later(bot, Duration.ofDays(28));
            assertTrue(bot.out.textsTo(AMIRA).contains(bot.t("en", "intro.ask_result", "whom", whom)));
            answer(bot, AMIRA, "r:placement");
            assertEquals("yes|placement", bot.one("SELECT talked || '|' || result FROM introduction"));

            bot.send(TestBot.COORDINATOR, "/admin");
            bot.press(TestBot.COORDINATOR, "stats");
            bot.tap(TestBot.COORDINATOR, "stats", "p:all");
            String stats = bot.out.textsTo(TestBot.COORDINATOR).stream().filter(t -> t.contains("🤝"))
                    .reduce((a, b) -> b).orElseThrow();
            assertTrue(stats.contains(bot.t("en", "stats.introductions", "held", 1, "with", 1, "count", 1,
                    "per_meeting", "1.0", "confirmed", 1, "talked", 1, "work", 1)), stats);
        }
    }

    @Test
    void notRightIsNotCountedAsConfirmedAndAskedNothingMore() {
        try (TestBot bot = afterTheMeeting()) {
            recorded(bot);
            answer(bot, AMIRA, "not_right");
            assertEquals("not_right", bot.one("SELECT status FROM introduction"));
            int before = bot.out.textsTo(AMIRA).size();
            later(bot, Duration.ofDays(15));
            String asked = bot.t("en", "intro.ask_talked", "name", "Joost", "whom", "");
            assertTrue(bot.out.textsTo(AMIRA).stream().skip(before).noneMatch(t -> t.startsWith(asked.substring(0, 20))),
                    "no question about an introduction that was not right");
        }
    }

    @Test
    void theNewcomerErasedBeforeConfirmingLeavesTheCountWithoutThemAndTheFollowUpsSilent() {
        try (TestBot bot = afterTheMeeting()) {
            recorded(bot);
            bot.send(AMIRA, "/delete");
            bot.press(AMIRA, "yes");
            assertEquals("none|none|1", bot.one("SELECT COALESCE(newcomer_id, 'none') || '|' || "
                    + "COALESCE(organisation, 'none') || '|' || COUNT(*) FROM introduction"));
            later(bot, Duration.ofDays(15));
            // Joost can still record nothing for a meeting whose newcomer has gone
            bot.send(JOOST, "/introduce");
            assertTrue(bot.out.textsTo(JOOST).contains(bot.t("nl", "intro.no_meetings")), bot.out.textsTo(JOOST).toString());
        }
    }
}
