package org.koppel.broadcast;

import java.time.Clock;
import java.util.List;
import org.koppel.community.CommunityConversation;
import org.koppel.conversation.Keys;
import org.koppel.core.ButtonSigner;
import org.koppel.core.Delivery;
import org.koppel.core.DeliveryException;
import org.koppel.core.Gateway;
import org.koppel.core.OutButton;
import org.koppel.core.Outgoing;
import org.koppel.core.Pacer;
import org.koppel.core.Worker;
import org.koppel.i18n.Messages;
import org.koppel.i18n.Texts;
import org.koppel.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends broadcasts, oldest first, a few members at a time ({@link #IN_FLIGHT}). Each member's row
 * is committed as 'sending' before its message leaves and as sent, blocked or failed after, so a
 * restart goes on where it stopped; only rows left 'sending' (in flight at a crash) are sent again. Every
 * message waits for a turn of the {@link Pacer} it shares with conversation replies, which go
 * first. The key person sees a status message edited with progress, then a receipt.
 */
public final class Broadcaster extends Worker {
    private static final Logger log = LoggerFactory.getLogger(Broadcaster.class);
    private static final int MAX_ATTEMPTS = 6;
    private static final long PROGRESS_EVERY_MILLIS = 3_000;
    /**
     * Copies in flight at once: a request to Telegram takes tens of milliseconds, so one at a time
     * would stay under the rate; these few are also all that a crash can leave in doubt.
     */
    public static final int IN_FLIGHT = 4;
    private static final int BATCH = 50;

    private final Database db;
    private final Gateway gateway;
    private final Pacer pacer;
    private final Delivery.Sleeper sleeper;
    private final Clock clock;
    private final Messages messages;
    private final ButtonSigner signer;
    private final Invitations invitations;
    private final java.util.concurrent.ExecutorService senders = java.util.concurrent.Executors.newFixedThreadPool(IN_FLIGHT,
            r -> {
                Thread t = new Thread(r, "koppel-broadcast-send");
                t.setDaemon(true);
                return t;
            });

    public Broadcaster(Database db, Gateway gateway, Pacer pacer, Delivery.Sleeper sleeper, Clock clock,
                       Messages messages, ButtonSigner signer, Invitations invitations) {
        super("koppel-broadcaster");
        this.db = db;
        this.gateway = gateway;
        this.pacer = pacer;
        this.sleeper = sleeper;
        this.clock = clock;
        this.messages = messages;
        this.signer = signer;
        this.invitations = invitations;
    }

    /** Whether no broadcast is waiting or going out; for tests and the terminal. */
    public boolean idle() {
        return db.read(BroadcastStore::nextOpen).isEmpty();
    }

    /** Sends the oldest open broadcast through, or sleeps until one is queued. */
    @Override
    protected long pass() throws InterruptedException {
        var open = db.read(BroadcastStore::nextOpen);
        if (open.isEmpty()) {
            return 60_000;
        }
        send(open.get());
        return 0;
    }

    private void send(BroadcastStore.Open b) throws InterruptedException {
        Texts own = messages.of(b.senderLanguage());
        long statusRef = b.statusRef();
        if (statusRef == 0) {
            var counts = db.read(c -> BroadcastStore.counts(c, b.id()));
            statusRef = tell(b.sender(), new Outgoing.Send(progress(own, b, counts), List.of()));
            long ref = statusRef;
            db.write(c -> {
                BroadcastStore.statusRef(c, b.id(), ref);
                return null;
            });
        }
        long lastProgress = clock.millis();
        for (List<Long> batch; !(batch = next(b)).isEmpty(); ) {
            List<java.util.concurrent.Future<?>> sending = new java.util.ArrayList<>();
            for (long person : batch) {
                sending.add(senders.submit(() -> {
                    deliver(b, person);
                    return null;
                }));
            }
            for (var f : sending) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("sending a broadcast copy failed", e.getCause());
                }
            }
            if (closed()) {
                return;
            }
            if (clock.millis() - lastProgress >= PROGRESS_EVERY_MILLIS) {
                lastProgress = clock.millis();
                var counts = db.read(c -> BroadcastStore.counts(c, b.id()));
                edit(b.sender(), statusRef, progress(own, b, counts));
            }
        }
        if (db.read(c -> BroadcastStore.senderGone(c, b.id()))) {
            return;
        }
        var counts = db.read(c -> BroadcastStore.counts(c, b.id()));
        String report = own.message(own.t("broadcast.report", "community", b.communityName(), "delivered", counts.sent(),
                "blocked", counts.blocked(), "failed", counts.failed()));
        // the status message becomes the receipt: one message, not a second copy of the result
        edit(b.sender(), statusRef, report);
        db.write(c -> {
            BroadcastStore.finish(c, b.id(), clock.millis());
            return null;
        });
        log.info("broadcast {} done: {} sent, {} blocked, {} failed", b.id(), counts.sent(), counts.blocked(), counts.failed());
    }

    private List<Long> next(BroadcastStore.Open b) {
        return db.write(c -> {
            BroadcastStore.dropGone(c, b.id(), b.community());
            return BroadcastStore.todo(c, b.id(), BATCH);
        });
    }

    /** One member's copy: marked before it leaves, marked again with what happened. */
    private void deliver(BroadcastStore.Open b, long person) throws InterruptedException {
        if (closed()) {
            return;
        }
        if (!startSending(b, person)) {
            // the member (or the sender) was erased, or left, since the batch was read
            return;
        }
        Outgoing copy = copy(b, person);
        if (copy == null) {
            // an invitation to an event called off since: nothing to send
            mark(b, person, "failed", 0);
            return;
        }
        long backoff = 500;
        for (int attempt = 1; ; attempt++) {
            pacer.chatTurn(person);
            pacer.await();
            try {
                long ref = gateway.deliver(person, copy, 0);
                mark(b, person, "sent", ref);
                return;
            } catch (DeliveryException e) {
                if (e.unreachable()) {
                    mark(b, person, "blocked", 0);
                    return;
                }
                if (e.permanent() || attempt >= MAX_ATTEMPTS) {
                    mark(b, person, "failed", 0);
                    return;
                }
                sleeper.sleep(e.retryAfterMillis() > 0 ? e.retryAfterMillis() : backoff);
                backoff = Math.min(backoff * 2, 30_000);
            }
        }
    }

    private boolean startSending(BroadcastStore.Open b, long person) {
        return db.write(c -> BroadcastStore.startSending(c, b.id(), person, clock.millis()));
    }

    private void mark(BroadcastStore.Open b, long person, String status, long ref) {
        db.write(c -> {
            BroadcastStore.mark(c, b.id(), person, status, ref, clock.millis());
            return null;
        });
    }

    /** In the community's language: who sends it, from which community, and a way out. */
    private Outgoing copy(BroadcastStore.Open b, long person) {
        if (b.event() != 0) {
            return invitations.copy(b.event(), person, b.communityLanguage(), b.senderName(), b.community(),
                    b.communityName(), signer);
        }
        Texts t = messages.of(b.communityLanguage());
        String body = b.text() == null ? "" : b.text();
        String text = t.message(t.t("broadcast.copy", "community", b.communityName(), "name", b.senderName(),
                "text", body));
        List<List<OutButton>> leave = List.of(List.of(new OutButton(t.t("button.leave", "community", b.communityName()),
                signer.sign(person, Keys.of(CommunityConversation.KIND, b.community()), ButtonSigner.STANDING,
                        CommunityConversation.LEAVE))));
        return b.photo() == null ? new Outgoing.Send(text, leave) : new Outgoing.Photo(b.photo(), text, leave);
    }

    private static String progress(Texts t, BroadcastStore.Open b, BroadcastStore.Counts counts) {
        return t.message(t.t("broadcast.progress", "community", b.communityName(), "done", counts.done(),
                "total", counts.total()));
    }

    /** A message to the key person: a reply like any other, so it goes first. */
    private long tell(long chat, Outgoing message) throws InterruptedException {
        for (int attempt = 1; attempt <= 3; attempt++) {
            if (!(message instanceof Outgoing.Edit)) {
                pacer.chatTurn(chat);
            }
            pacer.reply();
            try {
                return gateway.deliver(chat, message, 0);
            } catch (DeliveryException e) {
                if (e.permanent()) {
                    return 0;
                }
                sleeper.sleep(Math.max(e.retryAfterMillis(), 500));
            }
        }
        return 0;
    }

    private void edit(long chat, long ref, String text) throws InterruptedException {
        if (ref != 0) {
            tell(chat, new Outgoing.Edit(ref, text, List.of()));
        }
    }

    @Override
    public void close() {
        senders.shutdownNow();
        super.close();
    }
}
