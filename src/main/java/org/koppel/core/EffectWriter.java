package org.koppel.core;

import java.sql.Connection;
import java.sql.SQLException;
import org.koppel.conversation.Effect;

/**
 * Writes a feature's own effects of a step (a saved profile, a change to a meeting) in the same
 * transaction as the step's new state and messages. What the write means for other people goes
 * to {@code events}, stored in the same transaction and handled in their own order.
 */
public interface EffectWriter {
    /** Writes the effect if it is one this writer knows; returns whether it was. */
    boolean write(Connection c, long personId, Effect effect, long nowMillis, Events events) throws SQLException;
}
