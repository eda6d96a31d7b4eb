package org.koppel.event;

import java.sql.Connection;
import java.sql.SQLException;
import org.koppel.conversation.Effect;
import org.koppel.conversation.Keys;
import org.koppel.core.EffectWriter;
import org.koppel.core.Events;
import org.koppel.core.Json;
import org.koppel.store.ActionLog;
import org.koppel.store.Statements;

/** Stores events and guests' answers; tells everyone going of an update or a cancellation. */
final class EventWriter implements EffectWriter {
    @Override
    public boolean write(Connection c, long person, Effect effect, long now, Events events) throws SQLException {
        if (!(effect instanceof EventChange change)) {
            return false;
        }
        if (change instanceof EventChange.Created e) {
            Statements.update(c, "INSERT INTO event(id, organiser_id, name, kind, starts_at, zone, place, capacity, "
                    + "languages, token, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", e.id(), person, e.name(),
                    e.kind(), e.startsAt(), e.zone(), e.place(), e.capacity(), Json.write(e.languages()), e.token(), now);
            for (long community : e.communities()) {
                Statements.update(c, "INSERT INTO event_community(event_id, community_id) VALUES (?, ?)", e.id(), community);
            }
            ActionLog.record(c, person, "create_event", null, null, null, now);
            // the organiser's card opens once the event is stored, not inside the step that stores it
            events.send(person, Keys.of(OrganiserConversation.KIND, e.id()), new EventNotice(e.id(), "created", null));
        } else if (change instanceof EventChange.Answered a) {
            answer(c, person, a, now, events);
        } else if (change instanceof EventChange.CheckedIn k) {
            Statements.update(c, "INSERT INTO event_guest(event_id, person_id, checked_in_at, updated_at) VALUES (?, ?, ?, ?) "
                    + "ON CONFLICT(event_id, person_id) DO UPDATE SET checked_in_at = COALESCE(event_guest.checked_in_at, "
                    + "excluded.checked_in_at), updated_at = excluded.updated_at", k.event(), person, now, now);
        } else if (change instanceof EventChange.Appointment a) {
            Statements.update(c, "INSERT INTO event_outcome(event_id, person_id, appointment, updated_at) VALUES (?, ?, ?, ?) "
                    + "ON CONFLICT(event_id, person_id) DO UPDATE SET appointment = excluded.appointment, "
                    + "updated_at = excluded.updated_at", a.event(), person, a.with(), now);
        } else if (change instanceof EventChange.Result r) {
            Statements.update(c, "INSERT INTO event_outcome(event_id, person_id, result, updated_at) VALUES (?, ?, ?, ?) "
                    + "ON CONFLICT(event_id, person_id) DO UPDATE SET result = excluded.result, "
                    + "updated_at = excluded.updated_at", r.event(), person, r.result(), now);
        } else if (change instanceof EventChange.Updated u) {
            tellGoing(c, u.event(), new EventNotice(u.event(), "update", u.text()), events);
            Statements.update(c, "UPDATE event SET version = version + 1 WHERE id = ?", u.event());
        } else if (change instanceof EventChange.Cancelled k) {
            if (Statements.update(c, "UPDATE event SET status = 'cancelled', version = version + 1 WHERE id = ? "
                    + "AND status = 'open'", k.event()) == 1) {
                tellGoing(c, k.event(), new EventNotice(k.event(), "cancelled", null), events);
                // invitations still waiting to go out are not sent for an event that is off
                Statements.update(c, "DELETE FROM broadcast_delivery WHERE status = 'pending' AND broadcast_id IN "
                        + "(SELECT id FROM broadcast WHERE event_id = ?)", k.event());
            }
        }
        return true;
    }

    /** Going only while a place is left: the count and the answer are one statement, so two presses cannot both take the last place. */
    private static void answer(Connection c, long person, EventChange.Answered a, long now, Events events)
            throws SQLException {
        if (!a.going()) {
            Statements.update(c, "INSERT INTO event_guest(event_id, person_id, answer, updated_at) VALUES (?, ?, 'not_going', ?) "
                    + "ON CONFLICT(event_id, person_id) DO UPDATE SET answer = 'not_going', updated_at = excluded.updated_at",
                    a.event(), person, now);
            return;
        }
        int changed = Statements.update(c, "INSERT INTO event_guest(event_id, person_id, answer, updated_at) "
                + "SELECT ?1, ?2, 'going', ?3 FROM event e WHERE e.id = ?1 AND e.status = 'open' AND (e.capacity IS NULL "
                + "OR (SELECT COUNT(*) FROM event_guest g WHERE g.event_id = ?1 AND g.answer = 'going' "
                + "AND g.person_id <> ?2) < e.capacity) ON CONFLICT(event_id, person_id) DO UPDATE SET answer = 'going', "
                + "updated_at = excluded.updated_at", a.event(), person, now);
        if (changed == 0) {
            events.send(person, Keys.of(GuestConversation.KIND, a.event()), new EventNotice(a.event(), "full", null));
        }
    }

    private static void tellGoing(Connection c, long event, EventNotice notice, Events events) throws SQLException {
        for (long guest : EventStore.going(c, event)) {
            events.send(guest, Keys.of(GuestConversation.KIND, event), notice);
        }
    }
}
