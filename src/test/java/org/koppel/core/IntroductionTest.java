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

    /** Joost's follow-up up to its end, then the offer's button, an employer and its name. */
    private static void recorded(TestBot bot) {
        bot.pressStarting(JOOST, "h:yes");
        bot.pressStarting(JOOST, "u:");
        bot.pressStarting(JOOST, "od");
        bot.pressStarting(JOOST, "skip");
        bot.pressStarting(JOOST, "a:no");
        assertTrue(bot.out.textsTo(JOOST).contains(bot.t("nl", "intro.offer", "name", "Amira")),
                bot.out.textsTo(JOOST).toString());
        bot.pressStarting(JOOST, "m:");
        bot.pressStarting(JOOST, "k:employer");
        bot.send(JOOST, "Zorggroep Tilburg");
    }

    private void later(TestBot bot, Duration d) {
        clock.set(clock.instant().plus(d));
        bot.koppel.runDueJobs();
        bot.koppel.settle();
    }

    @Test
    void anIntroductionIsConfirmedFollowedUpAndCounted() {
        try (TestBot bot = MeetingPlanTest.afterTheMeeting(dir.resolve("k.db"), clock, AMIRA, JOOST)) {
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
            bot.pressStarting(AMIRA, "t:yes");
            later(bot, Duration.ofDays(28));
            assertTrue(bot.out.textsTo(AMIRA).contains(bot.t("en", "intro.ask_result", "whom", whom)));
            bot.pressStarting(AMIRA, "r:placement");
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
        try (TestBot bot = MeetingPlanTest.afterTheMeeting(dir.resolve("k.db"), clock, AMIRA, JOOST)) {
            recorded(bot);
            bot.pressStarting(AMIRA, "not_right");
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
        try (TestBot bot = MeetingPlanTest.afterTheMeeting(dir.resolve("k.db"), clock, AMIRA, JOOST)) {
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
