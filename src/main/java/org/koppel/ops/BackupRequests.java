package org.koppel.ops;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.koppel.store.Rows;
import org.koppel.store.Statements;

/** backup_request rows: stored in the asking step, marked done once the backup is made. */
final class BackupRequests {
    private BackupRequests() {
    }

    /** A request still to serve; requestedBy is null once that coordinator was erased. */
    record Pending(long id, Long requestedBy) {
    }

    static void add(Connection c, long by, long now) throws SQLException {
        Statements.update(c, "INSERT INTO backup_request(requested_by, requested_at) VALUES (?, ?)", by, now);
    }

    static List<Pending> pending(Connection c) throws SQLException {
        List<Pending> out = new ArrayList<>();
        PreparedStatement s = Statements.prepare(c,
                "SELECT id, requested_by FROM backup_request WHERE done_at IS NULL ORDER BY id");
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                Object by = r.getObject(2);
                out.add(new Pending(r.getLong(1), by == null ? null : ((Number) by).longValue()));
            }
        }
        return out;
    }

    static void markDone(Connection c, List<Pending> served, long now) throws SQLException {
        for (Pending p : served) {
            Statements.update(c, "UPDATE backup_request SET done_at = ? WHERE id = ?", now, p.id());
        }
    }

    static Object export(Connection c, long person) throws SQLException {
        var rows = Rows.all(c, "SELECT requested_at, done_at FROM backup_request WHERE requested_by = ? ORDER BY id",
                person);
        return rows.isEmpty() ? null : rows;
    }

    /** Keeps that a backup was asked for (and makes it if still pending), not by whom. */
    static void erase(Connection c, long person) throws SQLException {
        Statements.update(c, "UPDATE backup_request SET requested_by = NULL WHERE requested_by = ?", person);
    }
}
