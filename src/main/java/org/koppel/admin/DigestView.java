package org.koppel.admin;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.koppel.store.Statements;

/**
 * What a coordinator's weekly digest and daily watch read: the week's figures, and the people
 * worth an alert they have not had yet (newcomers stuck without a meeting, volunteers who let
 * their last three requests go unanswered).
 */
record DigestView(int started, int profiles, int requested, int confirmed, int held, int noShows, int openReports,
                  int pending, int stuck, List<AdminStore.Entry> newStuck, List<AdminStore.Entry> newQuiet) {

    static DigestView read(Connection c, long coordinator, java.util.Set<Long> staff, long weekAgo, long stuckBefore)
            throws SQLException {
        // the coordinators themselves are not new people, though they too pressed /start
        String notStaff = staff.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "(", ")"));
        return new DigestView(
                count(c, "SELECT COUNT(*) FROM person WHERE created_at >= ? AND (role IS NULL OR role <> 'volunteer') "
                        + "AND id NOT IN " + notStaff, weekAgo),
                count(c, "SELECT COUNT(*) FROM newcomer_profile WHERE completed_at >= ?", weekAgo),
                count(c, "SELECT COUNT(*) FROM meeting WHERE requested_at >= ?", weekAgo),
                count(c, "SELECT COUNT(*) FROM meeting WHERE confirmed_at >= ?", weekAgo),
                count(c, "SELECT COUNT(*) FROM meeting WHERE status = 'held' AND updated_at >= ?", weekAgo),
                count(c, "SELECT COUNT(*) FROM meeting WHERE status = 'no_show' AND updated_at >= ?", weekAgo),
                count(c, "SELECT COUNT(*) FROM report WHERE status = 'open' AND reported_at >= ?", 0L),
                count(c, "SELECT COUNT(*) FROM volunteer_profile WHERE status = 'pending' AND submitted_at >= ?", 0L),
                count(c, "SELECT COUNT(*) FROM newcomer_profile n WHERE " + STUCK, stuckBefore),
                AdminStore.entries(c, "SELECT n.person_id, n.first_name, n.region, NULL, 0 FROM newcomer_profile n WHERE " + STUCK
                        + " AND NOT EXISTS (SELECT 1 FROM alert_sent a WHERE a.coordinator_id = ? AND a.kind = 'stuck' "
                        + "AND a.subject = CAST(n.person_id AS TEXT)) LIMIT 20", stuckBefore, coordinator),
                AdminStore.entries(c, "SELECT v.person_id, v.first_name, v.job_title, NULL, 0 FROM volunteer_profile v "
                        + "WHERE v.status = 'approved' AND 3 = (SELECT COUNT(*) FROM (SELECT status FROM meeting m "
                        + "WHERE m.volunteer_id = v.person_id ORDER BY m.requested_at DESC LIMIT 3) WHERE status = 'expired') "
                        + "AND NOT EXISTS (SELECT 1 FROM alert_sent a WHERE a.coordinator_id = ? AND a.kind = 'quiet' "
                        + "AND a.subject = CAST(v.person_id AS TEXT)) LIMIT 20", coordinator));
    }

    /** A complete profile older than the limit, and no meeting ever agreed. */
    private static final String STUCK = "n.completed_at < ? AND NOT EXISTS (SELECT 1 FROM person p "
            + "WHERE p.id = n.person_id AND p.suspended = 1) AND NOT EXISTS (SELECT 1 FROM meeting m "
            + "WHERE m.newcomer_id = n.person_id AND m.status IN ('confirmed', 'held', 'not_held', 'no_show'))";

    private static int count(Connection c, String sql, long since) throws SQLException {
        PreparedStatement s = Statements.prepare(c, sql);
        s.setLong(1, since);
        try (ResultSet r = s.executeQuery()) {
            return r.next() ? r.getInt(1) : 0;
        }
    }
}
