package org.koppel.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.koppel.app.Koppel;
import org.koppel.core.MutableClock;

/**
 * One update the Bot API library cannot read must not stop the bot: before, the library retried
 * the same getUpdates batch forever and nobody was served. Now the unreadable update is skipped
 * by id, recorded (its id only), the coordinators are told once, and the rest are served.
 */
final class UnreadableUpdateTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final long AMIRA = 7_101;
    private static final long COORDINATOR = 7_100;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));

    @TempDir
    Path dir;

    @Test
    void anUnreadableUpdateIsSkippedRecordedAndToldOnceAndTheOthersAreServed() throws Exception {
        try (FakeBotApi api = new FakeBotApi();
             Koppel koppel = Koppel.open(Path.of("config"), Path.of("messages"), dir.resolve("k.db"), clock)) {
            TelegramBot bot = TelegramBot.start(koppel, "123:test", api.url(), Set.of(COORDINATOR));
            try {
                long bad = api.unreadable(AMIRA);
                api.userSends(AMIRA, "Amira", "en", "/start");
                api.await("sendmessage", 0, c -> c.chatId() == AMIRA, WAIT);

                api.await("sendmessage", 0, c -> c.chatId() == COORDINATOR, WAIT);
                String told = api.calls("sendmessage").stream().filter(c -> c.chatId() == COORDINATOR).findFirst()
                        .orElseThrow().body().path("text").asText();
                assertTrue(told.contains(String.valueOf(bad)), told);
                assertEquals(String.valueOf(bad), koppel.db().read(c -> {
                    try (var r = c.createStatement().executeQuery("SELECT group_concat(update_id) FROM unreadable_update")) {
                        return r.next() ? r.getString(1) : "none";
                    }
                }));

                // a second one the same day is recorded, and the coordinators are not told again
                // await counts from an index into all messages, not into Amira's (a race that
                // slower, power-safe commits brought out: an older reply to her satisfied it)
                int sent = api.calls("sendmessage").size();
                long second = api.unreadable(AMIRA);
                api.userSends(AMIRA, "Amira", "en", "/help");
                api.await("sendmessage", sent, c -> c.chatId() == AMIRA, WAIT);
                assertEquals(1, api.calls("sendmessage").stream().filter(c -> c.chatId() == COORDINATOR).count());
                assertEquals("2", koppel.db().read(c -> {
                    try (var r = c.createStatement().executeQuery("SELECT COUNT(*) FROM unreadable_update WHERE update_id IN ("
                            + bad + ", " + second + ")")) {
                        return r.next() ? r.getString(1) : "none";
                    }
                }));
            } finally {
                bot.close();
            }
        }
    }
}
