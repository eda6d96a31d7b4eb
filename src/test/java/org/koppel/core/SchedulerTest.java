package org.koppel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jobs on a real SQLite file with a clock moved by hand: due once, never twice, across restarts. */
final class SchedulerTest {
    private static final long SAM = 401;
    private static final Instant START = Instant.parse("2026-03-28T10:00:00Z");

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(START);

    private static void schedule(TestBot bot, String kind, Instant due) {
        bot.koppel.db().write(c -> {
            JobStore.schedule(c, SAM, "start", kind, "v", due.toEpochMilli(), 0);
            return null;
        });
    }

    private static String count(TestBot bot, String sql) {
        return bot.koppel.db().read(c -> {
            try (var r = c.createStatement().executeQuery(sql)) {
                r.next();
                return r.getString(1);
            }
        });
    }

    @Test
    void aJobRunsOnceWhenItsTimeHasComeAndNotBefore() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"), clock)) {
            bot.send(SAM, "/start");
            schedule(bot, "remind", START.plus(Duration.ofHours(24)));
            clock.advance(Duration.ofHours(23).plusMinutes(59));
            assertEquals(0, bot.koppel.runDueJobs());
            clock.advance(Duration.ofMinutes(1));
            assertEquals(1, bot.koppel.runDueJobs());
            assertEquals(0, bot.koppel.runDueJobs());
            bot.koppel.settle();
            assertEquals("1", count(bot, "SELECT COUNT(*) FROM inbox WHERE source_key LIKE 'job:%' AND status = 'done'"));
            assertEquals("done", count(bot, "SELECT status FROM job"));
        }
    }

    @Test
    void aJobDueWhileTheBotWasDownRunsOnceAfterTheRestartAndADoneOneNeverAgain() {
        Path db = dir.resolve("k.db");
        try (TestBot bot = new TestBot(db, clock)) {
            bot.send(SAM, "/start");
            schedule(bot, "early", START.plus(Duration.ofHours(1)));
            schedule(bot, "late", START.plus(Duration.ofHours(5)));
            clock.advance(Duration.ofHours(2));
            assertEquals(1, bot.koppel.runDueJobs());
        }
        clock.advance(Duration.ofHours(10));
        try (TestBot again = new TestBot(db, clock)) {
            again.koppel.runDueJobs();
            again.koppel.settle();
            assertEquals("2", count(again, "SELECT COUNT(*) FROM inbox WHERE source_key LIKE 'job:%'"));
            assertEquals("0", count(again, "SELECT COUNT(*) FROM job WHERE status = 'pending'"));
        }
    }

    @Test
    void replacingOrCancellingLeavesNoOldJobToFire() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"), clock)) {
            bot.send(SAM, "/start");
            schedule(bot, "remind", START.plus(Duration.ofHours(1)));
            schedule(bot, "remind", START.plus(Duration.ofHours(3)));
            schedule(bot, "follow", START.plus(Duration.ofHours(2)));
            bot.koppel.db().write(c -> {
                JobStore.cancel(c, SAM, "start", "follow");
                return null;
            });
            clock.advance(Duration.ofHours(2));
            assertEquals(0, bot.koppel.runDueJobs(), "the replaced and the cancelled job do not fire");
            clock.advance(Duration.ofHours(1));
            assertEquals(1, bot.koppel.runDueJobs());
        }
    }

    @Test
    void deletingAPersonDeletesTheirJobs() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"), clock)) {
            bot.send(SAM, "/start");
            schedule(bot, "remind", START.plus(Duration.ofHours(1)));
            bot.send(SAM, "/delete");
            bot.press(SAM, "yes");
            assertEquals("0", count(bot, "SELECT COUNT(*) FROM job"));
        }
    }
}
