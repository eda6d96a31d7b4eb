package org.koppel.core;

import java.sql.Connection;
import java.sql.SQLException;
import org.koppel.flow.Effect;

/**
 * Writes the domain effects of a step (a saved profile, a given consent) inside the same
 * transaction as the step's new state and replies. Each feature registers one.
 */
public interface EffectWriter {
    /** Writes the effect if it is one this writer knows; returns whether it was. */
    boolean write(Connection c, long personId, Effect effect, long nowMillis) throws SQLException;
}
