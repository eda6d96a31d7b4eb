package org.koppel.core;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.koppel.flow.Schedule;
import org.koppel.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wakes at the next due job (or when a step schedules an earlier one), never polling in a busy
 * loop. A due job becomes an inbox event for its person in the same transaction that marks it
 * done; the event is then handled in the person's lane like any update. So a job takes effect
 * exactly once: a crash before that commit leaves it pending, after it leaves the event in the
 * inbox, which is replayed at start.
 */
public final class Scheduler implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Scheduler.class);
    private static final int BATCH = 500;
    /** Even with nothing due, look again now and then: the clock may have been changed. */
    private static final long MAX_SLEEP_MILLIS = 60_000;

    private final Database db;
    private final Engine engine;
    private final Clock clock;
    private final Object lock = new Object();
    private boolean woken;
    private volatile boolean closed;
    private Thread thread;

    public Scheduler(Database db, Engine engine, Clock clock) {
        this.db = db;
        this.engine = engine;
        this.clock = clock;
        engine.onScheduled(this::wake);
    }

    public void start() {
        thread = new Thread(this::loop, "koppel-scheduler");
        thread.setDaemon(true);
        thread.start();
    }

    /** Called after a commit that scheduled something: it may be due sooner than the last plan. */
    void wake() {
        synchronized (lock) {
            woken = true;
            lock.notifyAll();
        }
    }

    /** Turns every job due by now into an event for its person; returns how many. */
    public int runDue() {
        int total = 0;
        while (true) {
            long now = clock.millis();
            List<InboxStore.Entry> entries = db.write(c -> {
                List<Update> events = new ArrayList<>();
                for (JobStore.Due d : JobStore.due(c, now, BATCH)) {
                    JobStore.markDone(c, d.id());
                    events.add(new Update("job:" + d.id(), d.personId(), d.personId(), true, null, null,
                            new Inbound.Event(Schedule.EVENT_PREFIX + d.kind(), d.payload(), 0)));
                }
                return InboxStore.insertNew(c, events, now);
            });
            entries.forEach(e -> engine.submit(e.id(), e.update()));
            total += entries.size();
            if (entries.size() < BATCH) {
                return total;
            }
        }
    }

    private void loop() {
        while (!closed) {
            try {
                runDue();
                OptionalLong next = db.read(JobStore::nextDue);
                long wait = next.isPresent() ? Math.min(MAX_SLEEP_MILLIS, next.getAsLong() - clock.millis())
                        : MAX_SLEEP_MILLIS;
                synchronized (lock) {
                    if (!woken && wait > 0) {
                        lock.wait(wait);
                    }
                    woken = false;
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (closed) {
                    // interrupted by close: the job stays pending and runs after the next start
                    return;
                }
                log.error("scheduler pass failed: {}", e.getClass().getName());
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException ie) {
                    return;
                }
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        if (thread != null) {
            thread.interrupt();
            try {
                // a pass still running would otherwise meet a closed database
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
