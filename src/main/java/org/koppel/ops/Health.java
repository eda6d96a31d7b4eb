package org.koppel.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.koppel.store.Database;
import org.koppel.store.Statements;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GET /health: whether the database takes a write (through the one writer, as every step does),
 * when polling last came back, and how many messages wait to be sent. 503 when it takes no write.
 */
public final class Health {
    private static final Logger log = LoggerFactory.getLogger(Health.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A writer stuck this long is as bad as a failing one for whoever is watching. */
    private static final long WRITE_TIMEOUT_SECONDS = 5;

    private final Database db;
    private final Meters meters;
    private final Clock clock;

    public Health(Database db, Meters meters, Clock clock) {
        this.db = db;
        this.meters = meters;
        this.clock = clock;
    }

    /** The HTTP status and JSON body of an answer. */
    public record Report(int status, String json) {
    }

    public Report check() {
        boolean writable = writable();
        Long outbox;
        try {
            outbox = db.read(c -> Meters.one(c, "SELECT COUNT(*) FROM outbox WHERE status = 'pending'"));
        } catch (RuntimeException e) {
            outbox = null;
        }
        Instant polled = meters.lastPoll();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", writable ? "ok" : "failing");
        body.put("databaseWritable", writable);
        body.put("lastPoll", polled == null ? null : polled.toString());
        body.put("outboxPending", outbox);
        try {
            return new Report(writable ? 200 : 503, JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of plain values is always JSON", e);
        }
    }

    /** Rewrites the one row of health_check: a real commit that never grows the file. */
    private boolean writable() {
        long now = clock.millis();
        try {
            return db.writeAsync(c -> Statements.update(c, "UPDATE health_check SET checked_at = ? WHERE id = 1", now) == 1)
                    .get(WRITE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            log.warn("health: database write failed: {}", e.getClass().getName());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
