package org.koppel.salon;

import java.sql.Connection;
import java.sql.SQLException;
import org.koppel.conversation.Effect;
import org.koppel.conversation.Keys;
import org.koppel.core.EffectWriter;
import org.koppel.core.Events;
import org.koppel.core.Json;
import org.koppel.store.ActionLog;
import org.koppel.store.Statements;

/** Stores stands and appointments; every change guards on the status it expects, then tells the other side. */
final class SalonWriter implements EffectWriter {
    private static final String AS_CONTACT = " AND stand_id IN (SELECT id FROM stand WHERE contact_id = ?)";

    @Override
    public boolean write(Connection c, long person, Effect effect, long now, Events events) throws SQLException {
        if (!(effect instanceof SalonChange change)) {
            return false;
        }
        if (change instanceof SalonChange.StandAdded s) {
            Statements.update(c, "INSERT INTO stand(id, event_id, name, kind, token, claim, created_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)", s.id(), s.event(), s.name(), s.kind(), s.token(), s.claim(), now);
            ActionLog.record(c, person, "add_stand", null, null, null, now);
        } else if (change instanceof SalonChange.Claimed k) {
            claim(c, person, k.stand(), events);
        } else if (change instanceof SalonChange.Left l) {
            Statements.update(c, "INSERT INTO appointment(id, stand_id, newcomer_id, name, note, status, created_at) "
                    + "VALUES (?, ?, ?, ?, ?, 'left', ?) ON CONFLICT(stand_id, newcomer_id) DO NOTHING",
                    l.id(), l.stand(), person, l.name(), l.note(), now);
        } else if (change instanceof SalonChange.Asked a) {
            if (set(c, a.appointment(), "status = 'requested', proposed = '[]'", "status IN ('left', 'declined', "
                    + "'cancelled') AND newcomer_id = ?", person)) {
                Long contact = contact(c, a.appointment());
                if (contact != null) {
                    tell(events, contact, a.appointment(), "requested");
                }
            }
        } else if (change instanceof SalonChange.Proposed p) {
            if (set(c, p.appointment(), "status = 'proposed', proposed = ?, place = ?", "status = 'requested'" + AS_CONTACT,
                    Json.write(p.times()), p.place(), person)) {
                tellNewcomer(c, events, p.appointment(), "proposed");
            }
        } else if (change instanceof SalonChange.Declined d) {
            if (set(c, d.appointment(), "status = 'declined'", "status IN ('requested', 'proposed')" + AS_CONTACT, person)) {
                tellNewcomer(c, events, d.appointment(), "declined");
            }
        } else if (change instanceof SalonChange.Chosen h) {
            if (set(c, h.appointment(), "status = 'confirmed', start = ?, zone = ?",
                    "status = 'proposed' AND newcomer_id = ?", h.time(), h.zone(), person)) {
                tell(events, person, h.appointment(), "confirmed");
                Long contact = contact(c, h.appointment());
                if (contact != null) {
                    tell(events, contact, h.appointment(), "confirmed");
                }
            }
        } else if (change instanceof SalonChange.OtherTimes o) {
            if (set(c, o.appointment(), "status = 'requested', proposed = '[]'", "status = 'proposed' AND newcomer_id = ?",
                    person)) {
                Long contact = contact(c, o.appointment());
                if (contact != null) {
                    tell(events, contact, o.appointment(), "other_times");
                }
            }
        } else if (change instanceof SalonChange.Cancelled k) {
            cancel(c, person, k.appointment(), events);
        } else if (change instanceof SalonChange.Held h) {
            set(c, h.appointment(), "status = ?", "status = 'confirmed' AND newcomer_id = ?",
                    h.held() ? "held" : "not_held", person);
        } else if (change instanceof SalonChange.Result r) {
            set(c, r.appointment(), "result = ?", "status = 'held' AND newcomer_id = ?", r.result(), person);
        }
        return true;
    }

    private static void claim(Connection c, long person, long stand, Events events) throws SQLException {
        if (Statements.update(c, "UPDATE stand SET contact_id = ? WHERE id = ? AND (contact_id IS NULL OR contact_id = ?)",
                person, stand, person) == 0) {
            return;
        }
        for (Appointment a : SalonStore.waiting(c, stand)) {
            tell(events, person, a.id(), "requested");
        }
    }

    /** Called off by either side while it still stands; the other is told. */
    private static void cancel(Connection c, long person, long id, Events events) throws SQLException {
        Appointment a = SalonStore.appointment(c, id);
        Long contact = contact(c, id);
        boolean mine = a != null && (a.isNewcomer(person) || contact != null && contact == person);
        if (!mine || !set(c, id, "status = 'cancelled'", "status IN ('requested', 'proposed', 'confirmed')")) {
            return;
        }
        Long other = a.isNewcomer(person) ? contact : a.newcomer();
        if (other != null) {
            tell(events, other, id, "cancelled");
        }
    }

    /** One guarded change, true when it applied; args fill the change's and then the guard's parameters. */
    private static boolean set(Connection c, long id, String change, String guard, Object... args) throws SQLException {
        Object[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = id;
        return Statements.update(c, "UPDATE appointment SET " + change + ", version = version + 1 WHERE " + guard
                + " AND id = ?", all) == 1;
    }

    private static Long contact(Connection c, long appointment) throws SQLException {
        var s = Statements.prepare(c, "SELECT s.contact_id FROM appointment a JOIN stand s ON s.id = a.stand_id "
                + "WHERE a.id = ?");
        s.setLong(1, appointment);
        try (var r = s.executeQuery()) {
            if (!r.next()) {
                return null;
            }
            long id = r.getLong(1);
            return r.wasNull() ? null : id;
        }
    }

    private static void tellNewcomer(Connection c, Events events, long id, String what) throws SQLException {
        Appointment a = SalonStore.appointment(c, id);
        if (a != null && a.newcomer() != null) {
            tell(events, a.newcomer(), id, what);
        }
    }

    private static void tell(Events events, long to, long id, String what) {
        events.send(to, Keys.of(AppointmentConversation.KIND, id), new AppointmentNotice(id, what));
    }
}
