package org.koppel.privacy;

import java.sql.Connection;
import java.sql.SQLException;
import org.koppel.conversation.Effect;
import org.koppel.core.EffectWriter;
import org.koppel.core.Events;
import org.koppel.store.Statements;

/** Stores /pause and /resume on the person (a volunteer's requests pause with {@link org.koppel.vetting.PauseRequests}). */
final class PrivacyWriter implements EffectWriter {
    @Override
    public boolean write(Connection c, long person, Effect effect, long now, Events events) throws SQLException {
        if (!(effect instanceof Paused p)) {
            return false;
        }
        Statements.update(c, "UPDATE person SET paused = ? WHERE id = ?", p.paused() ? 1 : 0, person);
        return true;
    }
}
