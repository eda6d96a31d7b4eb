package org.koppel.core;

import java.time.Clock;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.koppel.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends committed outbox rows. Messages to one chat go strictly in order, one at a time; chats are
 * served in parallel. Rate limits (429) wait as long as Telegram asks, other temporary failures
 * back off, and a permanent refusal (blocked, chat gone) is recorded and not retried.
 */
public final class Delivery implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Delivery.class);
    static final int MAX_ATTEMPTS = 6;

    /** Waiting between attempts; tests replace it so they never sleep. */
    public interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    private final Database db;
    private final Gateway gateway;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Pacer pacer;
    private final Metrics metrics;
    private final ExecutorService pool;
    private final Map<Long, ArrayDeque<OutboxRow>> queues = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Mark> marks = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean flushing = new AtomicBoolean();
    /** The message each chat is sending now, and those of them erased meanwhile (by identity, not id). */
    private final Map<Long, OutboxRow> inFlight = new ConcurrentHashMap<>();
    private final Set<OutboxRow> stopped = Collections.newSetFromMap(Collections.synchronizedMap(new IdentityHashMap<>()));

    public Delivery(Database db, Gateway gateway, Clock clock, Sleeper sleeper, int threads) {
        this(db, gateway, clock, sleeper, threads, null);
    }

    /** With a pacer, every reply counts against the bot's overall rate that broadcasts share. */
    public Delivery(Database db, Gateway gateway, Clock clock, Sleeper sleeper, int threads, Pacer pacer) {
        this(db, gateway, clock, sleeper, threads, pacer, Metrics.NONE);
    }

    /** Counting what it delivers, for monitoring. */
    public Delivery(Database db, Gateway gateway, Clock clock, Sleeper sleeper, int threads, Pacer pacer, Metrics metrics) {
        this.metrics = metrics;
        this.pacer = pacer;
        this.db = db;
        this.gateway = gateway;
        this.clock = clock;
        this.sleeper = sleeper;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "koppel-delivery");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Stored messages that were erased with a person: not sent, also if already waiting in a
     * chat's queue (behind a slow or rate-limited message) or between two attempts. Only the
     * messages waiting now are meant: an id SQLite hands out again later is a new message.
     */
    public void forget(List<Long> outboxIds) {
        if (outboxIds.isEmpty()) {
            return;
        }
        Set<Long> ids = Set.copyOf(outboxIds);
        synchronized (queues) {
            queues.values().forEach(q -> q.removeIf(r -> ids.contains(r.id())));
            inFlight.values().stream().filter(r -> ids.contains(r.id())).forEach(stopped::add);
        }
    }

    public void enqueue(List<OutboxRow> rows) {
        for (OutboxRow row : rows) {
            boolean start;
            synchronized (queues) {
                ArrayDeque<OutboxRow> q = queues.get(row.chatId());
                start = q == null;
                if (start) {
                    q = new ArrayDeque<>();
                    queues.put(row.chatId(), q);
                }
                q.add(row);
            }
            if (start) {
                pool.execute(() -> drain(row.chatId()));
            }
        }
    }

    /** Sends what was committed but not delivered before the last stop. */
    public void resumePending() {
        enqueue(db.read(OutboxStore::pending));
    }

    private void drain(long chatId) {
        while (true) {
            OutboxRow row;
            synchronized (queues) {
                ArrayDeque<OutboxRow> q = queues.get(chatId);
                row = q.poll();
                if (row == null) {
                    queues.remove(chatId);
                    return;
                }
                inFlight.put(chatId, row);
            }
            try {
                send(row);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("delivery of outbox row {} failed: {}", row.id(), e.getClass().getName());
            } finally {
                inFlight.remove(chatId);
                stopped.remove(row);
            }
        }
    }

    private void send(OutboxRow row) throws InterruptedException {
        long backoff = 500;
        for (int attempt = 1; ; attempt++) {
            if (stopped.contains(row)) {
                return;
            }
            try {
                if (pacer != null && !(row.message() instanceof Outgoing.Answer)) {
                    pacer.chatTurn(row.chatId());
                    pacer.reply();
                }
                long ref = gateway.deliver(row.chatId(), row.message(), row.id());
                metrics.sent();
                record(new Mark(row.id(), ref, attempt, clock.millis(), true));
                return;
            } catch (DeliveryException e) {
                if (e.permanent() || attempt >= MAX_ATTEMPTS) {
                    log.warn("outbox row {} not delivered after {} attempts: {}", row.id(), attempt, e.getMessage());
                    record(new Mark(row.id(), 0, attempt, clock.millis(), false));
                    return;
                }
                if (e.retryAfterMillis() > 0) {
                    sleeper.sleep(e.retryAfterMillis());
                } else {
                    sleeper.sleep(backoff);
                    backoff = Math.min(backoff * 2, 30_000);
                }
            }
        }
    }

    private record Mark(long id, long ref, int attempts, long at, boolean sent) {
    }

    /**
     * Outcomes are written in batches: one write takes every mark waiting, so marking thousands of
     * messages a second costs a handful of writes. A mark lost in a crash only means that message
     * is sent again at start (at least once, never lost).
     */
    private void record(Mark mark) {
        if (mark.id() == OutboxRow.TRANSIENT) {
            return;
        }
        marks.add(mark);
        if (flushing.compareAndSet(false, true)) {
            List<Mark> taken = new ArrayList<>();
            db.writeAsync(c -> {
                // a write may run twice (see GroupCommitter), so the marks are taken only once
                if (flushing.getAndSet(false)) {
                    for (Mark m; (m = marks.poll()) != null; ) {
                        taken.add(m);
                    }
                }
                for (Mark m : taken) {
                    if (m.sent()) {
                        OutboxStore.markSent(c, m.id(), m.ref(), m.attempts(), m.at());
                    } else {
                        OutboxStore.markFailed(c, m.id(), m.attempts());
                    }
                }
                return null;
            });
        }
    }

    /** Whether nothing is waiting to be sent; for tests and orderly shutdown. */
    public boolean idle() {
        synchronized (queues) {
            return queues.isEmpty();
        }
    }

    @Override
    public void close() {
        pool.shutdown();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pool.shutdownNow();
    }
}
