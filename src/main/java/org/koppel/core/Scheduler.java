package org.koppel.core;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.koppel.store.Database;

/**
 * Wakes at the next due job (or when a step schedules an earlier one), never polling in a busy
 * loop. A due job becomes an inbox event for its person in the same transaction that marks it
 * done; the event is then handled in the person's lane like any update. So a job takes effect
 * exactly once: a crash before that commit leaves it pending, after it leaves the event in the
 * inbox, which is replayed at start.
 */
public final class Scheduler extends Worker {
    private static final int BATCH = 500;
    /** Even with nothing due, look again now and then: the clock may have been changed. */
    private static final long MAX_SLEEP_MILLIS = 60_000;

    private final Database db;
    private final Engine engine;
    private final Clock clock;
    private final AtomicInteger running = new AtomicInteger();

    public Scheduler(Database db, Engine engine, Clock clock) {
        super("koppel-scheduler");
        this.db = db;
        this.engine = engine;
        this.clock = clock;
        engine.onScheduled(this::wake);
    }

    /**
     * Hands {@code name} and {@code payload} to the person's conversation {@code key} now, as a
     * job: for work done outside a step (a backup finished) that the person should hear about.
     */
    public void tell(long person, String key, String name, String payload) {
        long now = clock.millis();
        db.write(c -> {
            JobStore.schedule(c, person, key, name, payload, now, now);
            return null;
        });
        wake();
    }

    /** Turns every job due by now into an event for its person; returns how many. */
    public int runDue() {
        running.incrementAndGet();
        try {
            return runAll();
        } finally {
            running.decrementAndGet();
        }
    }

    /**
     * Whether no pass is between marking jobs done and handing their events to the engine (until
     * then the engine may look idle while events are about to arrive), and no wake is waiting for
     * its pass.
     */
    public boolean idle() {
        return running.get() == 0 && !busy();
    }

    private int runAll() {
        int total = 0;
        while (true) {
            long now = clock.millis();
            List<InboxStore.Entry> entries = db.write(c -> {
                List<Update> events = new ArrayList<>();
                for (JobStore.Due d : JobStore.due(c, now, BATCH)) {
                    JobStore.markDone(c, d.id());
                    events.add(new Update("job:" + d.id(), d.personId(), d.personId(), true, null, null,
                            new Inbound.Job(d.key(), d.name(), d.payload())));
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

    /** Runs what is due, then sleeps until the next due job (woken sooner when one is scheduled). */
    @Override
    protected long pass() {
        runDue();
        OptionalLong next = db.read(JobStore::nextDue);
        return next.isPresent() ? Math.min(MAX_SLEEP_MILLIS, next.getAsLong() - clock.millis()) : MAX_SLEEP_MILLIS;
    }
}
