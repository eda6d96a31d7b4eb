package org.koppel.core;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.koppel.store.Statements;

/**
 * job rows: written with the step that asks for them, each for one conversation of one person,
 * and turned into events for that conversation when due.
 */
final class JobStore {
    private JobStore() {
    }

    /** A job that is due. */
    record Due(long id, long personId, String key, String name, String payload) {
    }

    static void apply(Connection c, long person, List<Outcome.Job> jobs, long now) throws SQLException {
        for (Outcome.Job j : jobs) {
            if (j.due() == null) {
                cancel(c, person, j.key(), j.name());
            } else {
                schedule(c, person, j.key(), j.name(), j.payload(), j.due().toEpochMilli(), now);
            }
        }
    }

    /** A job replaces a pending one of the same name in the same conversation. */
    static void schedule(Connection c, long person, String key, String name, String payload, long due, long now)
            throws SQLException {
        cancel(c, person, key, name);
        Statements.update(c, "INSERT INTO job(person_id, conv_key, kind, payload, due_at, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", person, key, name, payload == null ? "" : payload, due, now);
    }

    /** Cancels the conversation's pending jobs of this name, or all of them when name is null. */
    static void cancel(Connection c, long person, String key, String name) throws SQLException {
        if (name == null) {
            Statements.update(c, "UPDATE job SET status = 'cancelled' WHERE person_id = ? AND conv_key = ? "
                    + "AND status = 'pending'", person, key);
        } else {
            Statements.update(c, "UPDATE job SET status = 'cancelled' WHERE person_id = ? AND conv_key = ? "
                    + "AND kind = ? AND status = 'pending'", person, key, name);
        }
    }

    static void erase(Connection c, long person) throws SQLException {
        Statements.update(c, "DELETE FROM job WHERE person_id = ?", person);
    }

    static OptionalLong nextDue(Connection c) throws SQLException {
        PreparedStatement st = Statements.prepare(c, "SELECT MIN(due_at) FROM job WHERE status = 'pending'");
        try (ResultSet r = st.executeQuery()) {
            long due = r.next() ? r.getLong(1) : 0;
            return r.wasNull() ? OptionalLong.empty() : OptionalLong.of(due);
        }
    }

    static List<Due> due(Connection c, long now, int limit) throws SQLException {
        PreparedStatement st = Statements.prepare(c, "SELECT id, person_id, conv_key, kind, payload FROM job "
                + "WHERE status = 'pending' AND due_at <= ? ORDER BY due_at, id LIMIT ?");
        st.setLong(1, now);
        st.setInt(2, limit);
        List<Due> out = new ArrayList<>();
        try (ResultSet r = st.executeQuery()) {
            while (r.next()) {
                out.add(new Due(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), r.getString(5)));
            }
        }
        return out;
    }

    static void markDone(Connection c, long id) throws SQLException {
        Statements.update(c, "UPDATE job SET status = 'done', attempts = attempts + 1 WHERE id = ?", id);
    }

    /** Done and cancelled jobs are kept a while to explain what happened, then go. */
    static int prune(Connection c, long before) throws SQLException {
        return Statements.update(c, "DELETE FROM job WHERE status <> 'pending' AND created_at < ?", before);
    }
}
