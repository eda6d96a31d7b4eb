package org.koppel.admin;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.koppel.meeting.Meeting;
import org.koppel.profile.ProfileData;
import org.koppel.profile.ProfileStore;
import org.koppel.store.Statements;
import org.koppel.vetting.VolunteerData;
import org.koppel.vetting.VolunteerStore;

/**
 * One person as a coordinator sees them: their profile (newcomer or volunteer), whether they are
 * suspended, the volunteer's review status, and their latest meetings with the other side's name.
 */
record SubjectView(long id, ProfileData newcomer, VolunteerData volunteer, String status, boolean suspended,
                   List<MeetingLine> meetings) {

    /** A meeting of theirs: its status, when (local, ISO, maybe null) and the other side's first name. */
    record MeetingLine(long id, String status, String startsAt, String other, long otherId) {
        boolean open() {
            return Meeting.Status.valueOf(status.toUpperCase(java.util.Locale.ROOT)).open();
        }
    }

    String name() {
        return newcomer != null ? newcomer.firstName : volunteer != null ? volunteer.firstName : "?";
    }

    /** The same person as the card shows them right after a decision (meetings as they were). */
    SubjectView with(String status, boolean suspended) {
        return new SubjectView(id, newcomer, volunteer, status, suspended, meetings);
    }

    /** The volunteer as their card shows them after their approval was taken back under a new stamp. */
    SubjectView withdrawn(long submission) {
        VolunteerData again = volunteer.copy();
        again.submission = submission;
        return new SubjectView(id, newcomer, again, "pending", suspended, meetings);
    }

    boolean exists() {
        return newcomer != null || volunteer != null;
    }

    static SubjectView read(Connection c, long person) throws SQLException {
        ProfileData n = ProfileStore.read(c, person);
        VolunteerData v = n == null ? VolunteerStore.answers(c, person) : null;
        String status = null;
        boolean suspended = false;
        PreparedStatement s = Statements.prepare(c, "SELECT p.suspended, v.status FROM person p "
                + "LEFT JOIN volunteer_profile v ON v.person_id = p.id WHERE p.id = ?");
        s.setLong(1, person);
        try (ResultSet r = s.executeQuery()) {
            if (r.next()) {
                suspended = r.getInt(1) == 1;
                status = r.getString(2);
            }
        }
        if (status == null) {
            v = null;
        }
        return new SubjectView(person, n, v, status, suspended, meetings(c, person));
    }

    private static List<MeetingLine> meetings(Connection c, long person) throws SQLException {
        PreparedStatement s = Statements.prepare(c, "SELECT id, status, starts_at, "
                + "CASE WHEN newcomer_id = ?1 THEN volunteer_id ELSE newcomer_id END FROM meeting "
                + "WHERE newcomer_id = ?1 OR volunteer_id = ?1 ORDER BY requested_at DESC LIMIT 10");
        s.setLong(1, person);
        List<MeetingLine> out = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                long other = r.getLong(4);
                out.add(new MeetingLine(r.getLong(1), r.getString(2), r.getString(3), null, r.wasNull() ? 0 : other));
            }
        }
        List<MeetingLine> named = new ArrayList<>();
        for (MeetingLine m : out) {
            String other = m.otherId() == 0 ? null : AdminStore.name(c, m.otherId());
            named.add(new MeetingLine(m.id(), m.status(), m.startsAt(), other, m.otherId()));
        }
        return named;
    }
}
