package org.koppel.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.koppel.core.Metrics;
import org.koppel.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Koppel's numbers for /metrics in Prometheus' text format. Counters and the handling time are
 * counted as things happen; what waits in the database is counted at a scrape, at most every
 * few seconds, so frequent scrapes do not add to SQLite's load.
 */
public final class Meters implements Metrics {
    private static final Logger log = LoggerFactory.getLogger(Meters.class);
    private static final long FRESH_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Counter handled = counter("koppel_updates_handled", "updates, events and due jobs handled and committed");
    private final Counter failed = counter("koppel_updates_failed", "updates whose handling failed");
    private final Counter sent = counter("koppel_messages_sent", "replies, edits and press answers delivered");
    private final Counter rateLimited = counter("koppel_telegram_rate_limited", "Bot API replies 429 Too Many Requests");
    private final Counter broadcasts = counter("koppel_broadcasts_sent", "broadcasts key persons sent off to a community");
    private final Timer handling = Timer.builder("koppel_update_handling")
            .description("from a lane taking an update to its step being committed")
            .publishPercentileHistogram()
            .minimumExpectedValue(Duration.ofMillis(1))
            .maximumExpectedValue(Duration.ofSeconds(10))
            .register(registry);
    private volatile Instant lastPoll;
    private volatile Counts counts = new Counts(0, 0, 0, Map.of());
    private final Set<String> statuses = new HashSet<>();
    private Database db;
    private long countedAt;
    private boolean counted;

    /** What waits in the database, as of the last count. */
    private record Counts(long outbox, long deliveries, long openBroadcasts, Map<String, Long> meetings) {
    }

    private Counter counter(String name, String description) {
        return Counter.builder(name).description(description).register(registry);
    }

    /** Adds the gauges of what waits: in the engine (in memory) and in the database. */
    public synchronized void watch(Database database, IntSupplier enginePending) {
        this.db = database;
        gauge("koppel_engine_pending", "updates handed to the engine and not yet committed", enginePending::getAsInt);
        gauge("koppel_outbox_pending", "stored messages not yet delivered", () -> counts.outbox());
        gauge("koppel_broadcast_deliveries_pending", "broadcast copies still to send", () -> counts.deliveries());
        gauge("koppel_broadcasts_open", "broadcasts still going out", () -> counts.openBroadcasts());
    }

    private void gauge(String name, String description, java.util.function.Supplier<Number> value) {
        Gauge.builder(name, value).description(description).strongReference(true).register(registry);
    }

    @Override
    public void handled(long nanos) {
        handled.increment();
        handling.record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void failed() {
        failed.increment();
    }

    @Override
    public void sent() {
        sent.increment();
    }

    /** The Bot API answered 429: the bot is sending faster than Telegram allows. */
    public void rateLimited() {
        rateLimited.increment();
    }

    /** A step queued a broadcast. */
    public void broadcastQueued() {
        broadcasts.increment();
    }

    /** A getUpdates call came back well, at this time by the bot's clock. */
    public void polled(Instant at) {
        lastPoll = at;
    }

    /** When polling last came back well; null before the first poll and in the terminal, which does not poll. */
    public Instant lastPoll() {
        return lastPoll;
    }

    /** Every meter in Prometheus' text format (0.0.4). */
    public synchronized String scrape() {
        if (db != null && (!counted || System.nanoTime() - countedAt >= FRESH_NANOS)) {
            try {
                counts = db.read(Meters::count);
                counted = true;
                countedAt = System.nanoTime();
                counts.meetings().keySet().stream().filter(statuses::add).forEach(s ->
                        Gauge.builder("koppel_meetings", () -> counts.meetings().getOrDefault(s, 0L))
                                .description("meetings by status").tag("status", s).strongReference(true)
                                .register(registry));
            } catch (RuntimeException e) {
                // the in-memory numbers still help most when the database is in trouble
                log.warn("metrics: counting stored rows failed: {}", e.getClass().getName());
            }
        }
        return registry.scrape();
    }

    private static Counts count(Connection c) throws SQLException {
        Map<String, Long> meetings = new TreeMap<>();
        try (var s = c.createStatement(); ResultSet r = s.executeQuery("SELECT status, COUNT(*) FROM meeting GROUP BY status")) {
            while (r.next()) {
                meetings.put(r.getString(1), r.getLong(2));
            }
        }
        return new Counts(one(c, "SELECT COUNT(*) FROM outbox WHERE status = 'pending'"),
                one(c, "SELECT COUNT(*) FROM broadcast_delivery WHERE status IN ('pending', 'sending')"),
                one(c, "SELECT COUNT(*) FROM broadcast WHERE status = 'sending'"), Map.copyOf(meetings));
    }

    static long one(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getLong(1) : 0;
        }
    }
}
