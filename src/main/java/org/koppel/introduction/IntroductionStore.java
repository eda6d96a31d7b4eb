package org.koppel.introduction;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.koppel.store.Statements;

/** Reads introductions, and the meetings a volunteer may record one for. */
final class IntroductionStore {
    private IntroductionStore() {
    }

    static Introduction load(Connection c, long id) throws SQLException {
        var s = Statements.prepare(c, "SELECT id, meeting_id, volunteer_id, newcomer_id, kind, organisation, status, talked, "
                + "result FROM introduction WHERE id = ?");
        s.setLong(1, id);
        try (ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                return null;
            }
            long v = r.getLong(3);
            Long volunteer = r.wasNull() ? null : v;
            long n = r.getLong(4);
            Long newcomer = r.wasNull() ? null : n;
            return new Introduction(r.getLong(1), r.getLong(2), volunteer, newcomer, r.getString(5), r.getString(6),
                    r.getString(7), r.getString(8), r.getString(9));
        }
    }

    /** A meeting of theirs that has taken place (or whose time has passed), with the newcomer still known: id and first name. */
    static List<Object[]> meetings(Connection c, long volunteer, String now) throws SQLException {
        List<Object[]> out = new ArrayList<>();
        var s = Statements.prepare(c, "SELECT m.id, p.first_name FROM meeting m LEFT JOIN newcomer_profile p "
                + "ON p.person_id = m.newcomer_id WHERE m.volunteer_id = ? AND m.newcomer_id IS NOT NULL "
                + "AND (m.status = 'held' OR (m.status = 'confirmed' AND m.starts_at <= ?)) ORDER BY m.starts_at DESC LIMIT 5");
        s.setLong(1, volunteer);
        s.setString(2, now);
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new Object[] {r.getLong(1), r.getString(2)});
            }
        }
        return out;
    }

    /** How many introductions the volunteer already recorded for this meeting. */
    static int count(Connection c, long meeting) throws SQLException {
        var s = Statements.prepare(c, "SELECT COUNT(*) FROM introduction WHERE meeting_id = ?");
        s.setLong(1, meeting);
        try (ResultSet r = s.executeQuery()) {
            r.next();
            return r.getInt(1);
        }
    }
}
