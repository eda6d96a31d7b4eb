package org.koppel.core;

import java.time.Clock;
import java.time.Duration;
import org.koppel.store.Database;

/**
 * Forgets what is no longer needed at start: handled updates after two days, delivered messages
 * after a week, jobs that ran or were cancelled after three months.
 */
public final class Housekeeping {
    static final Duration KEEP_INBOX = Duration.ofHours(48);
    static final Duration KEEP_OUTBOX = Duration.ofDays(7);
    static final Duration KEEP_JOBS = Duration.ofDays(90);

    private Housekeeping() {
    }

    public static void run(Database db, Clock clock) {
        long now = clock.millis();
        db.write(c -> {
            InboxStore.prune(c, now - KEEP_INBOX.toMillis());
            OutboxStore.prune(c, now - KEEP_OUTBOX.toMillis());
            JobStore.prune(c, now - KEEP_JOBS.toMillis());
            return null;
        });
    }
}
