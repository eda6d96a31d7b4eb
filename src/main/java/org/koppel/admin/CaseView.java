package org.koppel.admin;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.koppel.meeting.Meeting;
import org.koppel.meeting.MeetingStore;
import org.koppel.store.Statements;

/**
 * A report as a coordinator handles it: both sides (0 once erased) with their first names, the
 * reported text, whether it is handled, whether the reported person is suspended, and the open
 * meetings between the two.
 */
record CaseView(long id, long reporter, long reported, String reporterName, String reportedName, String text,
                boolean handled, boolean suspended, List<Long> openMeetings, List<Long> reportedOpen) {

    static CaseView read(Connection c, long id) throws SQLException {
        PreparedStatement s = Statements.prepare(c, "SELECT r.reporter_id, r.reported_id, COALESCE(r.text, ''), "
                + "r.status, COALESCE(p.suspended, 0) FROM report r LEFT JOIN person p ON p.id = r.reported_id "
                + "WHERE r.id = ?");
        s.setLong(1, id);
        long reporter;
        long reported;
        String text;
        boolean handled;
        boolean suspended;
        try (ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                return null;
            }
            reporter = r.getLong(1);
            reported = r.getLong(2);
            text = r.getString(3);
            handled = "handled".equals(r.getString(4));
            suspended = r.getInt(5) == 1;
        }
        return new CaseView(id, reporter, reported, reporter == 0 ? null : AdminStore.name(c, reporter),
                reported == 0 ? null : AdminStore.name(c, reported), text, handled, suspended,
                between(c, reporter, reported), open(c, reported));
    }

    /** Every open meeting of one person, which a suspension calls off. */
    private static List<Long> open(Connection c, long person) throws SQLException {
        return MeetingStore.open(c, person).stream().map(Meeting::id).toList();
    }

    /** The open meetings of the two with each other. */
    private static List<Long> between(Connection c, long a, long b) throws SQLException {
        return MeetingStore.open(c, a).stream().filter(m -> Long.valueOf(b).equals(m.other(a))).map(Meeting::id).toList();
    }
}
