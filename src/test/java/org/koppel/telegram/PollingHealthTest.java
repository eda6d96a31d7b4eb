package org.koppel.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.koppel.app.Koppel;
import org.koppel.core.MutableClock;

/** The Telegram edge feeds /health and /metrics: when polling last came back, and every 429 Telegram gave. */
final class PollingHealthTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final long AMIRA = 7_001;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    private String get(InetSocketAddress at, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + at.getPort() + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void healthShowsTheLastPollByTheBotsClockAndMetricsCountTheRateLimitedReply() throws Exception {
        try (FakeBotApi api = new FakeBotApi();
             Koppel koppel = Koppel.open(Path.of("config"), Path.of("messages"), dir.resolve("k.db"), clock)) {
            TelegramBot bot = TelegramBot.start(koppel, "123:test", api.url(), Set.of());
            try {
                InetSocketAddress at = koppel.serveHealth(0);
                api.throttleNext(AMIRA);
                api.userSends(AMIRA, "Amira", "en", "/start");
                // the welcome came back 429 first; this is the resend after Telegram's retry_after
                api.await("sendmessage", 0, c -> c.chatId() == AMIRA, WAIT);
                assertEquals(1, api.refusals().size());

                var health = new ObjectMapper().readTree(get(at, "/health"));
                assertEquals("2026-11-23T10:00:00Z", health.path("lastPoll").asText(),
                        "the poll that brought the update came back well");
                String metrics = get(at, "/metrics");
                assertTrue(metrics.lines().anyMatch(l -> l.equals("koppel_telegram_rate_limited_total 1.0")), metrics);
            } finally {
                bot.close();
            }
        }
    }
}
