package org.koppel.relay;

import java.sql.Connection;
import java.sql.SQLException;
import org.koppel.conversation.Effect;
import org.koppel.core.EffectWriter;
import org.koppel.core.Events;
import org.koppel.store.Statements;

/** Stores relayed messages (so a report can show them) and reports. */
final class RelayWriter implements EffectWriter {
    @Override
    public boolean write(Connection c, long person, Effect effect, long now, Events events) throws SQLException {
        if (effect instanceof Relayed r) {
            // nothing is kept for someone who erased themselves meanwhile (their message is not sent either)
            Statements.update(c, "INSERT INTO relay(from_id, to_id, sent_at, meeting_id, from_name, text) "
                    + "SELECT ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM person WHERE id = ?)",
                    person, r.to(), now, r.meeting(), r.fromName(), r.text(), r.to());
            return true;
        }
        if (effect instanceof Reported r) {
            Statements.update(c, "INSERT INTO report(id, reporter_id, reported_id, meeting_id, relay_sent_at, text, "
                    + "reported_at) VALUES (?, ?, ?, ?, ?, ?, ?)", r.id(), person, r.reported(), r.meeting(),
                    r.relaySentAt(), r.text(), now);
            return true;
        }
        return false;
    }
}
