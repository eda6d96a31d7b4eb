package org.koppel.community;

import java.sql.Connection;
import java.sql.SQLException;
import org.koppel.store.Statements;

/**
 * A community's figures for its key persons: members, who joined in the last 30 days, the events
 * it was invited to and how many members checked in at them, the coffee meetings its members
 * asked for and how many took place. Counts only, nobody named.
 */
record Figures(int members, int joinedLately, int events, int checkIns, int meetingsAsked, int meetingsHeld) {
    private static final long MONTH_MILLIS = 30L * 24 * 3_600_000;

    static Figures read(Connection c, long community, long now) throws SQLException {
        var s = Statements.prepare(c, "SELECT "
                + "(SELECT COUNT(*) FROM membership WHERE community_id = ?1 AND status = 'active'), "
                + "(SELECT COUNT(*) FROM membership WHERE community_id = ?1 AND status = 'active' AND joined_at >= ?2), "
                + "(SELECT COUNT(*) FROM event_community WHERE community_id = ?1), "
                + "(SELECT COUNT(*) FROM event_guest g JOIN event_community ec ON ec.event_id = g.event_id "
                + "JOIN membership x ON x.person_id = g.person_id AND x.community_id = ?1 "
                + "WHERE ec.community_id = ?1 AND g.checked_in_at IS NOT NULL), "
                + "(SELECT COUNT(*) FROM meeting m JOIN membership x ON x.person_id = m.newcomer_id "
                + "AND x.community_id = ?1 AND x.status = 'active'), "
                + "(SELECT COUNT(*) FROM meeting m JOIN membership x ON x.person_id = m.newcomer_id "
                + "AND x.community_id = ?1 AND x.status = 'active' WHERE m.status = 'held')");
        s.setLong(1, community);
        s.setLong(2, now - MONTH_MILLIS);
        try (var r = s.executeQuery()) {
            r.next();
            return new Figures(r.getInt(1), r.getInt(2), r.getInt(3), r.getInt(4), r.getInt(5), r.getInt(6));
        }
    }

    /** Whether the person may see them: a key person of this community (coordinators may see every one). */
    static boolean keyPerson(Connection c, long community, long person) throws SQLException {
        var s = Statements.prepare(c, "SELECT 1 FROM membership WHERE community_id = ? AND person_id = ? "
                + "AND role = 'key_person' AND status = 'active'");
        s.setLong(1, community);
        s.setLong(2, person);
        try (var r = s.executeQuery()) {
            return r.next();
        }
    }
}
