package org.koppel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /health and /metrics over real HTTP, after the bot has handled a newcomer, a volunteer and their meeting. */
final class HealthEndpointTest {
    private static final long AMIRA = 7_001;
    private static final long JOOST = 7_002;
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    private HttpResponse<String> call(InetSocketAddress at, String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + at.getPort() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The value of the sample line that starts with this name and labels. */
    private static double sample(String metrics, String series) {
        return metrics.lines().filter(l -> l.startsWith(series + " ")).findFirst()
                .map(l -> Double.parseDouble(l.substring(series.length() + 1).trim()))
                .orElseThrow(() -> new AssertionError("no " + series + " in\n" + metrics));
    }

    @Test
    void healthSaysTheDatabaseTakesWritesAndMetricsCountWhatTheBotDid() throws Exception {
        try (TestBot bot = new TestBot(dir.resolve("k.db"))) {
            InetSocketAddress at = bot.koppel.serveHealth(0);
            assertEquals("127.0.0.1", at.getAddress().getHostAddress(), "listens on the loopback address only");
            People.approvedVolunteer(bot, JOOST, "Joost");
            People.newcomer(bot, AMIRA, "Amira");
            MeetingPlanTest.confirmed(bot, AMIRA, JOOST);

            HttpResponse<String> health = call(at, "GET", "/health");
            assertEquals(200, health.statusCode());
            JsonNode h = new ObjectMapper().readTree(health.body());
            assertEquals("ok", h.path("status").asText());
            assertTrue(h.path("databaseWritable").asBoolean());
            assertTrue(h.path("lastPoll").isNull(), "the test bot does not poll Telegram");
            assertEquals(0, h.path("outboxPending").asInt(-1), "every reply was delivered");
            assertEquals(Long.toString(TestBot.CLOCK.millis()), bot.one("SELECT checked_at FROM health_check"),
                    "the check wrote through the database");

            HttpResponse<String> metrics = call(at, "GET", "/metrics");
            assertEquals(200, metrics.statusCode());
            assertTrue(metrics.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
            String m = metrics.body();
            double handled = sample(m, "koppel_updates_handled_total");
            assertTrue(handled >= 20, "a whole sign-up and a meeting: " + handled);
            assertEquals(handled, sample(m, "koppel_update_handling_seconds_count"), "each one timed");
            assertTrue(m.lines().anyMatch(l -> l.startsWith("koppel_update_handling_seconds_bucket{le=\"+Inf\"}")));
            assertTrue(sample(m, "koppel_messages_sent_total") >= handled / 2, "replies went out");
            assertEquals(0, sample(m, "koppel_updates_failed_total"));
            assertEquals(0, sample(m, "koppel_telegram_rate_limited_total"));
            assertEquals(1, sample(m, "koppel_meetings{status=\"confirmed\"}"));
            assertEquals(0, sample(m, "koppel_outbox_pending"));
            assertEquals(0, sample(m, "koppel_engine_pending"));
            assertEquals(0, sample(m, "koppel_broadcasts_open"));
            assertFalse(m.contains("Amira") || m.contains("Joost"), "no names in the numbers");

            assertEquals(404, call(at, "GET", "/healthz").statusCode());
            assertEquals(405, call(at, "POST", "/health").statusCode());
        }
    }

    @Test
    void healthAnswers503WhenTheDatabaseTakesNoWrite() throws Exception {
        try (TestBot bot = new TestBot(dir.resolve("k.db"))) {
            InetSocketAddress at = bot.koppel.serveHealth(0);
            bot.koppel.db().close();
            HttpResponse<String> health = call(at, "GET", "/health");
            assertEquals(503, health.statusCode());
            JsonNode h = new ObjectMapper().readTree(health.body());
            assertEquals("failing", h.path("status").asText());
            assertFalse(h.path("databaseWritable").asBoolean(true));
            assertEquals(200, call(at, "GET", "/metrics").statusCode(), "what is counted in memory still shows");
        }
    }
}
