package org.koppel.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.koppel.app.Koppel;
import org.koppel.core.MutableClock;

/**
 * Many people open the bot at once, as when a key person shares a join link in a busy group:
 * every reply takes its turn in the one sending rate, so a server that enforces Telegram's
 * limits never answers 429.
 */
final class JoinFloodTest {
    private static final int PEOPLE = 120;
    private static final long FIRST = 40_001;
    private static final Duration WAIT = Duration.ofSeconds(60);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));

    @TempDir
    Path dir;

    @Test
    void aFloodOfNewPeopleIsAnsweredWithinTheLimitsWithoutA429() throws Exception {
        try (FakeBotApi api = new FakeBotApi();
             Koppel koppel = Koppel.open(Path.of("config"), Path.of("messages"), dir.resolve("k.db"), clock)) {
            api.limits(30, true);
            TelegramBot bot = TelegramBot.start(koppel, "123:test", api.url(), Set.of());
            try {
                for (int i = 0; i < PEOPLE; i++) {
                    api.userSends(FIRST + i, "Person", "en", "/start");
                }
                Set<Long> answered = new HashSet<>();
                while (answered.size() < PEOPLE) {
                    BotCall c = api.await("sendmessage", 0, x -> x.chatId() >= FIRST && !answered.contains(x.chatId()), WAIT);
                    answered.add(c.chatId());
                }
                assertEquals(0, api.refusals().stream().filter(r -> r.code() == 429).count(), "429s: " + api.refusals());
            } finally {
                bot.close();
            }
        }
    }
}
