package org.koppel.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The coordinators' action log (admin_action): what was done, by whom, about whom, when. Several
 * features write to it in their own transactions, so it lives with the storage helpers.
 */
public final class ActionLog {
    private ActionLog() {
    }

    public static void record(Connection c, long by, String action, Long subject, Long report, String reason, long now)
            throws SQLException {
        Statements.update(c, "INSERT INTO admin_action(coordinator_id, action, subject_id, report_id, reason, at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", by, action, subject, report, reason, now);
    }
}
