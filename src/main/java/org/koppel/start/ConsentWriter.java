package org.koppel.start;

import java.sql.Connection;
import java.sql.SQLException;
import org.koppel.conversation.Effect;
import org.koppel.core.EffectWriter;
import org.koppel.core.Events;
import org.koppel.store.Statements;

/** Stores the consent answer, its time and the role it was given for, on the person. */
final class ConsentWriter implements EffectWriter {
    @Override
    public boolean write(Connection c, long personId, Effect effect, long now, Events events) throws SQLException {
        if (!(effect instanceof RecordConsent rc)) {
            return false;
        }
        Statements.update(c, "UPDATE person SET consent = ?, consent_at = ?, role = ? WHERE id = ?",
                rc.given() ? "yes" : "no", now, rc.role(), personId);
        return true;
    }
}
