package org.koppel.core;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.koppel.flow.Effect;
import org.koppel.flow.Schedule;
import org.koppel.i18n.Messages;
import org.koppel.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs updates. Each person maps to one lane, a single thread, so their updates are handled
 * strictly in order while other people's run in parallel. One update is one write: its inbox row
 * is marked done, the person's new state, domain effects and replies are stored together, and
 * only after that commit do the replies go to {@link Delivery}.
 */
public final class Engine implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Engine.class);
    private final Database db;
    private final Router router;
    private final List<EffectWriter> writers;
    private final Delivery delivery;
    private final Messages messages;
    private final String defaultLanguage;
    private final Clock clock;
    private final ExecutorService[] lanes;
    private volatile Runnable onScheduled = () -> { };
    private volatile java.util.function.Predicate<Effect> wakes = e -> false;
    private volatile Runnable onWake = () -> { };
    /** Updates submitted and not yet finished (committed and handed on, or failed). */
    private final AtomicInteger pending = new AtomicInteger();
    private final Cache<Long, PersonState> people = Caffeine.newBuilder().maximumSize(100_000).build();

    public Engine(Database db, Router router, List<EffectWriter> writers, Delivery delivery, Messages messages,
                  String defaultLanguage, Clock clock, int laneCount) {
        this.db = db;
        this.router = router;
        List<EffectWriter> all = new ArrayList<>(writers);
        all.add(new JobStore());
        this.writers = List.copyOf(all);
        this.delivery = delivery;
        this.messages = messages;
        this.defaultLanguage = defaultLanguage;
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

    /** What to do after a commit that scheduled a job: wake the scheduler. */
    void onScheduled(Runnable wake) {
        onScheduled = wake;
    }

    /** What to do after a commit holding an effect that others pick up, such as a queued broadcast. */
    public void onCommitted(java.util.function.Predicate<Effect> which, Runnable wake) {
        wakes = which;
        onWake = wake;
    }

    void submit(long inboxId, Update u) {
        pending.incrementAndGet();
        lane(u).execute(() -> handle(inboxId, u));
    }

    private ExecutorService lane(Update u) {
        return lanes[Math.floorMod(Long.hashCode(u.chatId()) * 0x9E3779B9, lanes.length)];
    }

    private void handle(long inboxId, Update u) {
        try {
            if (!u.privateChat()) {
                groupChat(inboxId, u);
                pending.decrementAndGet();
                return;
            }
            PersonState current = people.get(u.personId(), id -> db.read(c -> PersonStore.load(c, id)));
            Instant now = clock.instant();
            Outcome o = router.route(current, u, now);
            // A press answer only stops the button's spinner and is useless minutes later, so it
            // is sent straight after the commit instead of being stored for redelivery.
            List<OutboxRow> answers = o.outgoing().stream().filter(m -> m instanceof Outgoing.Answer)
                    .map(m -> new OutboxRow(OutboxRow.TRANSIENT, u.chatId(), m)).toList();
            List<Outgoing> kept = o.outgoing().stream().filter(m -> !(m instanceof Outgoing.Answer)).toList();
            List<String> payloads = OutboxStore.payloads(kept);
            boolean personChanged = o.state().person() != null && !o.state().person().equals(current.person());
            List<Outgoing> told = new ArrayList<>();
            for (var tell : o.tells()) {
                told.add(router.render(tell, tell.language() != null ? tell.language() : languageOf(tell.to())));
            }
            List<String> toldPayloads = OutboxStore.payloads(List.copyOf(told));
            List<Update> forwarded = new ArrayList<>();
            for (int i = 0; i < o.forwards().size(); i++) {
                Forward f = o.forwards().get(i);
                forwarded.add(new Update(u.sourceKey() + ">" + i, f.to(), f.to(), true, null, null, f.event()));
            }
            // The next update of this person builds on this state while the commit is pending:
            // lanes never wait for the disk, and one commit carries many people's steps.
            if (o.state().known() || o.deleted()) {
                people.put(u.personId(), o.state());
            }
            db.writeAsync(c -> {
                InboxStore.finish(c, inboxId, "done");
                if (o.deleted()) {
                    PersonStore.delete(c, u.personId());
                } else if (o.state().known()) {
                    PersonStore.save(c, o.state(), personChanged, now.toEpochMilli());
                    writeEffects(c, u.personId(), o.effects(), now.toEpochMilli());
                }
                List<OutboxRow> rows = new ArrayList<>(OutboxStore.insert(c, u.chatId(), kept, payloads, now.toEpochMilli()));
                for (int i = 0; i < told.size(); i++) {
                    rows.addAll(OutboxStore.insert(c, o.tells().get(i).to(), List.of(told.get(i)),
                            List.of(toldPayloads.get(i)), now.toEpochMilli()));
                }
                List<InboxStore.Entry> events = InboxStore.insertNew(c, forwarded, now.toEpochMilli());
                return new Written(rows, events);
            }).whenComplete((written, error) -> {
                if (error == null) {
                    // replies leave only now that the step is durable
                    delivery.enqueue(answers);
                    delivery.enqueue(written.rows());
                    written.events().forEach(e -> submit(e.id(), e.update()));
                    if (o.effects().stream().anyMatch(e -> e instanceof Schedule)) {
                        onScheduled.run();
                    }
                    if (o.effects().stream().anyMatch(wakes)) {
                        onWake.run();
                    }
                    pending.decrementAndGet();
                } else {
                    people.invalidate(u.personId());
                    lane(u).execute(() -> {
                        failed(inboxId, u, error instanceof RuntimeException re ? re : new IllegalStateException(error));
                        pending.decrementAndGet();
                    });
                }
            });
        } catch (RuntimeException e) {
            failed(inboxId, u, e);
            pending.decrementAndGet();
        }
    }

    private record Written(List<OutboxRow> rows, List<InboxStore.Entry> events) {
    }

    /** The language someone else reads, for a message the engine writes to them. */
    private String languageOf(long personId) {
        PersonState st = people.get(personId, id -> db.read(c -> PersonStore.load(c, id)));
        return st.known() ? st.person().language() : defaultLanguage;
    }

    private void writeEffects(Connection c, long personId, List<Effect> effects, long now) throws SQLException {
        for (Effect e : effects) {
            boolean written = false;
            for (EffectWriter w : writers) {
                if (w.write(c, personId, e, now)) {
                    written = true;
                    break;
                }
            }
            if (!written) {
                throw new IllegalStateException("no writer for effect " + e.getClass().getSimpleName());
            }
        }
    }

    /** In a group the bot says once that it only talks privately, and otherwise stays quiet. */
    private void groupChat(long inboxId, Update u) {
        long now = clock.millis();
        String text = messages.of(u.languageHint()).message(messages.of(u.languageHint()).t("group.private_only"));
        List<OutboxRow> rows = db.write(c -> {
            InboxStore.finish(c, inboxId, "done");
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO group_notice(chat_id, noticed_at) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                s.setLong(1, u.chatId());
                s.setLong(2, now);
                if (s.executeUpdate() == 0) {
                    return List.of();
                }
            }
            return OutboxStore.insert(c, u.chatId(), List.of(new Outgoing.Send(text, List.of())), now);
        });
        delivery.enqueue(rows);
    }

    /** Logs ids and the kind of failure only, never texts; tells the person something went wrong. */
    private void failed(long inboxId, Update u, RuntimeException e) {
        StackTraceElement where = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
        log.error("update {} (inbox {}) for person {} failed: {} at {}", u.sourceKey(), inboxId, u.personId(),
                e.getClass().getName(), where);
        people.invalidate(u.personId());
        try {
            PersonState known = people.get(u.personId(), id -> db.read(c -> PersonStore.load(c, id)));
            String language = known.known() ? known.person().language() : defaultLanguage;
            var texts = messages.of(language);
            List<Outgoing> reply = new ArrayList<>();
            if (u.event() instanceof Inbound.Press p) {
                reply.add(new Outgoing.Answer(p.pressId(), null));
            }
            reply.add(new Outgoing.Send(texts.message(texts.t("error.internal")), List.of()));
            long now = clock.millis();
            delivery.enqueue(db.write(c -> {
                InboxStore.finish(c, inboxId, "failed");
                return OutboxStore.insert(c, u.chatId(), reply, now);
            }));
        } catch (RuntimeException again) {
            log.error("could not record failure of inbox {}: {}", inboxId, again.getClass().getName());
        }
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
