package org.koppel.core;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.koppel.conversation.Effect;
import org.koppel.conversation.Signal;

/**
 * The one transaction of one update: its inbox row done, the person's conversations, the features'
 * effects and what they mean for others, jobs, messages and events, or the person's erasure.
 * Runs on the single writer thread, possibly twice (see GroupCommitter), so it computes nothing
 * from the outside world.
 */
final class StepWriter {
    private final Router router;
    private final List<EffectWriter> writers;
    private final Eraser eraser;
    private final Coordinators coordinators;

    StepWriter(Router router, List<EffectWriter> writers, Eraser eraser, Coordinators coordinators) {
        this.router = router;
        this.writers = List.copyOf(writers);
        this.eraser = eraser;
        this.coordinators = coordinators;
    }

    Engine.Written write(Connection c, long inboxId, Engine.Step step, long now) throws SQLException {
        Update u = step.u();
        Outcome o = step.o();
        boolean fromOthers = u.event() instanceof Inbound.Event || u.event() instanceof Inbound.Job;
        if (fromOthers && !o.state().known() && !o.forget()) {
            // an event for someone erased meanwhile: not even its row should name them
            InboxStore.drop(c, inboxId);
        } else {
            InboxStore.finish(c, inboxId, "done");
        }
        Events events = new Events();
        List<OutboxRow> rows = new ArrayList<>();
        List<Long> erased = List.of();
        if (o.forget()) {
            erased = eraser.erase(c, u.personId(), now, events);
        } else if (o.state().known()) {
            PersonStore.save(c, o.state().person(), o.personChanged(), o.changed(), o.ended(), now);
            // decided from the state the step began with, so a re-run of the batch decides the same
            if (!fromOthers && o.state().person().seenStale(now)) {
                PersonStore.seen(c, u.personId(), now);
            }
            for (Effect e : o.effects()) {
                writeEffect(c, u.personId(), e, now, events);
            }
            JobStore.apply(c, u.personId(), o.jobs(), now);
        }
        if (!o.forget()) {
            // also to someone not stored, such as a coordinator from the config who only pressed a button
            rows.addAll(OutboxStore.insert(c, u.chatId(), o.replies(), now));
        }
        for (Engine.Told t : step.told()) {
            // nothing goes to someone the bot does not know (or no longer knows), except coordinators
            if (coordinators.contains(t.to()) || PersonStore.exists(c, t.to())) {
                rows.addAll(OutboxStore.insert(c, t.to(), List.of(new Outcome.Reply(t.message(), t.about())), now));
            }
        }
        List<Update> all = new ArrayList<>(step.events());
        List<Signal> written = events.signals();
        for (int i = 0; i < written.size(); i++) {
            Signal s = written.get(i);
            if (o.forget() && s.to() == u.personId()) {
                continue;
            }
            all.add(new Update(u.sourceKey() + ">w" + i, s.to(), s.to(), true, null, null,
                    router.types().inbound(s, u.personId())));
        }
        return new Engine.Written(rows, InboxStore.insertNew(c, all, now), erased);
    }

    private void writeEffect(Connection c, long person, Effect e, long now, Events events) throws SQLException {
        for (EffectWriter w : writers) {
            if (w.write(c, person, e, now, events)) {
                return;
            }
        }
        throw new IllegalStateException("no writer for effect " + e.getClass().getSimpleName());
    }
}
