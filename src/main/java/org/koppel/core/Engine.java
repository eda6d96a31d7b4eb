package org.koppel.core;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.koppel.conversation.Effect;
import org.koppel.conversation.Signal;
import org.koppel.conversation.Tell;
import org.koppel.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs updates. Each person maps to one lane, a single thread, so their updates are handled
 * strictly in order while other people's run in parallel. One update is one write: its inbox row
 * is marked done, the person's conversations, the features' effects, jobs, messages and events
 * for others are stored together, and only after that commit do the messages go to {@link Delivery}.
 */
public final class Engine implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Engine.class);
    private final Database db;
    private final Router router;
    private final StepWriter writer;
    private final Delivery delivery;
    private final Clock clock;
    private final ExecutorService[] lanes;
    private final Failures failures;
    private final Coordinators coordinators;
    private final Metrics metrics;
    private volatile Runnable onScheduled = () -> { };
    /** Who picks up which effects after their commit: the broadcaster, the backups. */
    private final List<Map.Entry<Predicate<Effect>, Runnable>> wakes = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Updates submitted and not yet finished (committed and handed on, or failed). */
    private final AtomicInteger pending = new AtomicInteger();
    private final Cache<Long, PersonState> people = Caffeine.newBuilder().maximumSize(100_000).build();

    public Engine(Database db, Router router, List<EffectWriter> writers, Eraser eraser, Delivery delivery,
                  Failures failures, Clock clock, Coordinators coordinators, int laneCount) {
        this(db, router, writers, eraser, delivery, failures, clock, coordinators, laneCount, Metrics.NONE);
    }

    /** Counting what it handles, for monitoring. */
    public Engine(Database db, Router router, List<EffectWriter> writers, Eraser eraser, Delivery delivery,
                  Failures failures, Clock clock, Coordinators coordinators, int laneCount, Metrics metrics) {
        this.metrics = metrics;
        this.db = db;
        this.router = router;
        this.writer = new StepWriter(router, writers, eraser, coordinators);
        this.coordinators = coordinators;
        this.delivery = delivery;
        this.failures = failures;
        this.clock = clock;
        this.lanes = new ExecutorService[laneCount];
        for (int i = 0; i < laneCount; i++) {
            int n = i;
            lanes[i] = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "koppel-lane-" + n);
                t.setDaemon(true);
                return t;
            });
        }
    }

    /** Updates the edge had to skip unread: recorded by id, the coordinators told (once a day at most). */
    public void unreadable(List<Long> updateIds) {
        delivery.enqueue(db.write(c -> Unreadable.record(c, updateIds, coordinators.all(), failures.messages(),
                clock.millis())));
    }

    /** What to do after a commit that scheduled a job: wake the scheduler. */
    void onScheduled(Runnable wake) {
        onScheduled = wake;
    }

    /** What to do after a commit holding an effect that others pick up, such as a queued broadcast. */
    public void onCommitted(Predicate<Effect> which, Runnable wake) {
        wakes.add(Map.entry(which, wake));
    }

    void submit(long inboxId, Update u) {
        pending.incrementAndGet();
        lane(u).execute(() -> handle(inboxId, u));
    }

    private ExecutorService lane(Update u) {
        return lanes[Math.floorMod(Long.hashCode(u.chatId()) * 0x9E3779B9, lanes.length)];
    }

    private PersonState load(long person) {
        return people.get(person, id -> db.read(c -> PersonStore.load(c, id)));
    }

    private void handle(long inboxId, Update u) {
        long started = System.nanoTime();
        try {
            if (!u.privateChat()) {
                delivery.enqueue(db.write(c -> GroupNotice.answer(c, inboxId, u, failures, clock.millis())));
                metrics.handled(System.nanoTime() - started);
                pending.decrementAndGet();
                return;
            }
            PersonState current = load(u.personId());
            Instant now = clock.instant();
            Outcome o = router.route(current, u, now);
            Step step = new Step(u, o, told(o), events(u, o));
            // The next update of this person builds on this state while the commit is pending:
            // lanes never wait for the disk, and one commit carries many people's steps.
            if (o.state().known() || o.forget()) {
                people.put(u.personId(), seen(o.state(), u, now.toEpochMilli()));
            }
            db.writeAsync(c -> writer.write(c, inboxId, step, now.toEpochMilli())).whenComplete((written, error) -> {
                if (error == null) {
                    // counted first: once committed() returns, drain() may already report it handled
                    metrics.handled(System.nanoTime() - started);
                    committed(step, written);
                } else {
                    people.invalidate(u.personId());
                    lane(u).execute(() -> {
                        fail(inboxId, u, error instanceof RuntimeException re ? re : new IllegalStateException(error));
                    });
                }
            });
        } catch (RuntimeException e) {
            fail(inboxId, u, e);
        }
    }

    /** One update's work, ready before the write so the single writer thread only writes. */
    record Step(Update u, Outcome o, List<Told> told, List<Update> events) {
    }

    /** A message to someone else, rendered in their language. */
    record Told(long to, Outgoing message, Set<Long> about) {
    }

    /** What the write stored, and the stored messages an erasure removed (not to be sent if still waiting). */
    record Written(List<OutboxRow> rows, List<InboxStore.Entry> events, List<Long> erased) {
    }

    private List<Told> told(Outcome o) {
        List<Told> out = new ArrayList<>();
        for (Tell t : o.tells()) {
            out.add(new Told(t.to(), router.render(t, t.language() != null ? t.language() : languageOf(t.to())), t.about()));
        }
        return out;
    }

    private List<Update> events(Update u, Outcome o) {
        List<Update> out = new ArrayList<>();
        for (int i = 0; i < o.signals().size(); i++) {
            Signal s = o.signals().get(i);
            out.add(new Update(u.sourceKey() + ">" + i, s.to(), s.to(), true, null, null,
                    router.types().inbound(s, u.personId())));
        }
        return out;
    }

    private void committed(Step step, Written written) {
        Outcome o = step.o();
        long chat = step.u().chatId();
        // a press answer only stops the button's spinner and is useless minutes later; the goodbye
        // to an erased person must not be kept either: both go straight out, unstored
        List<OutboxRow> unstored = new ArrayList<>();
        if (o.answer() != null) {
            unstored.add(new OutboxRow(OutboxRow.TRANSIENT, chat, o.answer()));
        }
        if (o.forget()) {
            delivery.forget(written.erased());
            // an erased coordinator appointed in the bot is one no longer, even if they come back
            coordinators.reload();
            o.replies().forEach(r -> unstored.add(new OutboxRow(OutboxRow.TRANSIENT, chat, r.message())));
            db.truncateLogSoon();
        }
        delivery.enqueue(unstored);
        delivery.enqueue(written.rows());
        written.events().forEach(e -> submit(e.id(), e.update()));
        if (o.jobs().stream().anyMatch(j -> j.due() != null)) {
            onScheduled.run();
        }
        for (var w : wakes) {
            if (o.effects().stream().anyMatch(w.getKey())) {
                w.getValue().run();
            }
        }
        pending.decrementAndGet();
    }

    /** The language someone else reads, for a message the engine writes to them. */
    private String languageOf(long personId) {
        PersonState st = load(personId);
        return st.known() ? st.person().language() : failures.defaultLanguage();
    }

    /** The state to build on next: with the time StepWriter stores when this update is the person's own. */
    private static PersonState seen(PersonState st, Update u, long now) {
        boolean own = !(u.event() instanceof Inbound.Event || u.event() instanceof Inbound.Job);
        return own && st.known() && st.person().seenStale(now)
                ? new PersonState(st.person().seenAt(now), st.conversations()) : st;
    }

    private void fail(long inboxId, Update u, RuntimeException e) {
        metrics.failed();
        people.invalidate(u.personId());
        try {
            failures.failed(inboxId, u, e, load(u.personId()));
        } finally {
            pending.decrementAndGet();
        }
    }

    /** Updates submitted and not yet committed or failed, events they passed on included. */
    public int pending() {
        return pending.get();
    }

    /**
     * Waits until every update submitted so far, and every event they passed to others, is
     * handled and committed. For tests and the terminal, which show replies in order.
     */
    public void drain() {
        Waiting.until(() -> pending.get() == 0);
    }

    @Override
    public void close() {
        for (ExecutorService lane : lanes) {
            lane.shutdown();
        }
        for (ExecutorService lane : lanes) {
            try {
                lane.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
