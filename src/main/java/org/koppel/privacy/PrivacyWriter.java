package org.koppel.privacy;

import java.sql.Connection;
import java.sql.SQLException;
import org.koppel.conversation.Effect;
import org.koppel.core.EffectWriter;
import org.koppel.core.Events;
import org.koppel.store.Statements;

/** Stores /pause and /resume on the person, and on their volunteer profile when they have one. */
final class PrivacyWriter implements EffectWriter {
    @Override
    public boolean write(Connection c, long person, Effect effect, long now, Events events) throws SQLException {
        if (!(effect instanceof Paused p)) {
            return false;
        }
        Statements.update(c, "UPDATE person SET paused = ? WHERE id = ?", p.paused() ? 1 : 0, person);
        Statements.update(c, "UPDATE volunteer_profile SET paused = ?, updated_at = ? WHERE person_id = ?",
                p.paused() ? 1 : 0, now, person);
        return true;
    }
}
