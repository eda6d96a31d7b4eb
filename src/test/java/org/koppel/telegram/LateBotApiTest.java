package org.koppel.telegram;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.koppel.app.Koppel;
import org.koppel.core.MutableClock;

/**
 * Found while timing start-up: when the Bot API could not be reached at start (a network outage,
 * a local Bot API server starting after the bot), the library's first call failed, the session
 * stayed registered and the bot ran on without ever polling. Now it keeps trying and serves
 * people once the server is there.
 */
final class LateBotApiTest {
    private static final long AMIRA = 7_201;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));

    @TempDir
    Path dir;

    @Test
    void aBotStartedBeforeItsBotApiServerPollsOnceTheServerIsThere() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try (Koppel koppel = Koppel.open(Path.of("config"), Path.of("messages"), dir.resolve("k.db"), clock)) {
            CompletableFuture<TelegramBot> started = CompletableFuture.supplyAsync(() -> {
                try {
                    return TelegramBot.start(koppel, "123:test", "http://127.0.0.1:" + port, Set.of());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(1_500);
            try (FakeBotApi api = new FakeBotApi(port)) {
                api.userSends(AMIRA, "Amira", "en", "/start");
                api.await("sendmessage", 0, c -> c.chatId() == AMIRA, Duration.ofSeconds(30));
                started.get().close();
            }
        }
    }
}
