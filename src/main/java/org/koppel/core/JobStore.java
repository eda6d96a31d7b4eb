package org.koppel.core;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.koppel.flow.Effect;
import org.koppel.flow.Schedule;
import org.koppel.flow.Unschedule;
import org.koppel.store.Statements;

/** job rows: written with the step that asks for them, turned into events when due. */
final class JobStore implements EffectWriter {

    /** A job that is due. */
    record Due(long id, long personId, String kind, String payload) {
    }

    @Override
    public boolean write(Connection c, long personId, Effect effect, long now) throws SQLException {
        if (effect instanceof Schedule s) {
            if (s.replace()) {
                cancel(c, personId, s.kind());
            }
            PreparedStatement st = Statements.prepare(c,
                    "INSERT INTO job(person_id, kind, payload, due_at, created_at) VALUES (?, ?, ?, ?, ?)");
            st.setLong(1, personId);
            st.setString(2, s.kind());
            st.setString(3, s.value() == null ? "" : s.value());
            st.setLong(4, s.due().toEpochMilli());
            st.setLong(5, now);
            st.executeUpdate();
            return true;
        }
        if (effect instanceof Unschedule u) {
            cancel(c, personId, u.kind());
            return true;
        }
        return false;
    }

    private static void cancel(Connection c, long personId, String kind) throws SQLException {
        PreparedStatement st = Statements.prepare(c,
                "UPDATE job SET status = 'cancelled' WHERE person_id = ? AND kind = ? AND status = 'pending'");
        st.setLong(1, personId);
        st.setString(2, kind);
        st.executeUpdate();
    }

    static OptionalLong nextDue(Connection c) throws SQLException {
        PreparedStatement st = Statements.prepare(c, "SELECT MIN(due_at) FROM job WHERE status = 'pending'");
        try (ResultSet r = st.executeQuery()) {
            long due = r.next() ? r.getLong(1) : 0;
            return r.wasNull() ? OptionalLong.empty() : OptionalLong.of(due);
        }
    }

    static List<Due> due(Connection c, long now, int limit) throws SQLException {
        PreparedStatement st = Statements.prepare(c,
                "SELECT id, person_id, kind, payload FROM job WHERE status = 'pending' AND due_at <= ? ORDER BY due_at, id LIMIT ?");
        st.setLong(1, now);
        st.setInt(2, limit);
        List<Due> out = new ArrayList<>();
        try (ResultSet r = st.executeQuery()) {
            while (r.next()) {
                out.add(new Due(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4)));
            }
        }
        return out;
    }

    static void markDone(Connection c, long id) throws SQLException {
        PreparedStatement st = Statements.prepare(c, "UPDATE job SET status = 'done', attempts = attempts + 1 WHERE id = ?");
        st.setLong(1, id);
        st.executeUpdate();
    }
}
