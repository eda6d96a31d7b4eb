package org.koppel.core;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.koppel.i18n.Messages;
import org.koppel.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An update whose step failed: logged by ids and the kind of failure only, never texts, marked
 * failed in the inbox, and the person told in their language that something went wrong.
 */
public final class Failures {
    private static final Logger log = LoggerFactory.getLogger(Failures.class);
    private final Database db;
    private final Delivery delivery;
    private final Messages messages;
    private final String defaultLanguage;
    private final Clock clock;

    public Failures(Database db, Delivery delivery, Messages messages, String defaultLanguage, Clock clock) {
        this.db = db;
        this.delivery = delivery;
        this.messages = messages;
        this.defaultLanguage = defaultLanguage;
        this.clock = clock;
    }

    String defaultLanguage() {
        return defaultLanguage;
    }

    Messages messages() {
        return messages;
    }

    void failed(long inboxId, Update u, RuntimeException e, PersonState known) {
        StackTraceElement where = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
        log.error("update {} (inbox {}) for person {} failed: {} at {}", u.sourceKey(), inboxId, u.personId(),
                e.getClass().getName(), where);
        try {
            var texts = messages.of(known.known() ? known.person().language() : defaultLanguage);
            List<Outgoing> reply = new ArrayList<>();
            if (u.event() instanceof Inbound.Press p) {
                reply.add(new Outgoing.Answer(p.pressId(), null));
            }
            boolean fromOthers = u.event() instanceof Inbound.Event || u.event() instanceof Inbound.Job;
            if (!fromOthers || known.known()) {
                reply.add(new Outgoing.Send(texts.message(texts.t("error.internal")), List.of()));
            }
            long now = clock.millis();
            delivery.enqueue(db.write(c -> {
                InboxStore.finish(c, inboxId, "failed");
                return OutboxStore.insert(c, u.chatId(), reply.stream().map(m -> new Outcome.Reply(m, java.util.Set.of()))
                        .toList(), now);
            }));
        } catch (RuntimeException again) {
            log.error("could not record failure of inbox {}: {}", inboxId, again.getClass().getName());
        }
    }
}
