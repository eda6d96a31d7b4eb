package org.koppel.meeting;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.koppel.core.Json;
import org.koppel.store.Statements;

/** meeting rows. A change is written only over the version it was computed from. */
public final class MeetingStore {
    private static final String COLUMNS = "id, newcomer_id, volunteer_id, status, why, reasons, requested_at, proposed, "
            + "place, starts_at, zone, round, newcomer_shares, volunteer_shares, cancelled_by, version";

    private MeetingStore() {
    }

    public static Meeting load(Connection c, long id) throws SQLException {
        PreparedStatement s = Statements.prepare(c, "SELECT " + COLUMNS + " FROM meeting WHERE id = ?");
        s.setLong(1, id);
        try (ResultSet r = s.executeQuery()) {
            return r.next() ? read(r) : null;
        }
    }

    /** The meetings of a person that are still going, newest first. */
    public static List<Meeting> open(Connection c, long person) throws SQLException {
        PreparedStatement s = Statements.prepare(c, "SELECT " + COLUMNS + " FROM meeting WHERE (newcomer_id = ? "
                + "OR volunteer_id = ?) AND status IN ('requested', 'accepted', 'proposed', 'confirmed') "
                + "ORDER BY requested_at DESC");
        s.setLong(1, person);
        s.setLong(2, person);
        List<Meeting> out = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(read(r));
            }
        }
        return out;
    }

    /** Whether the coordinators have paused all matching (set from /admin, read where it takes effect). */
    public static boolean matchingPaused(Connection c) throws SQLException {
        PreparedStatement s = Statements.prepare(c, "SELECT 1 FROM service_flag WHERE name = 'matching_paused' "
                + "AND value = '1'");
        try (ResultSet r = s.executeQuery()) {
            return r.next();
        }
    }

    private static Meeting read(ResultSet r) throws SQLException {
        String proposed = r.getString(8);
        List<String> times = proposed == null ? List.of() : Json.read(proposed, new TypeReference<List<String>>() { });
        return new Meeting(r.getLong(1), nullable(r, 2), nullable(r, 3), Meeting.Status.of(r.getString(4)),
                r.getString(5), r.getString(6), r.getLong(7), times, r.getString(9), r.getString(10), r.getString(11),
                r.getInt(12), r.getInt(13) == 1, r.getInt(14) == 1, nullable(r, 15), r.getInt(16));
    }

    private static Long nullable(ResultSet r, int column) throws SQLException {
        long v = r.getLong(column);
        return r.wasNull() ? null : v;
    }

    /** Writes the meeting after a change; false when someone else changed it since (it then stays as it was). */
    static boolean save(Connection c, Meeting before, Meeting after, long now) throws SQLException {
        String proposed = after.proposed().isEmpty() ? null : Json.write(after.proposed());
        if (before == null) {
            Statements.update(c, "INSERT INTO meeting(" + COLUMNS + ", updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    + "?, ?, ?, ?, ?, ?, ?)", after.id(), after.newcomer(), after.volunteer(), after.status().stored(),
                    after.why(), after.reasons(), after.requestedAt(), proposed, after.place(), after.start(),
                    after.zone(), after.round(), after.newcomerShares() ? 1 : 0, after.volunteerShares() ? 1 : 0,
                    after.cancelledBy(), after.version(), now);
            return true;
        }
        boolean answered = before.status() == Meeting.Status.REQUESTED && after.status() != Meeting.Status.REQUESTED;
        boolean confirmed = after.status() == Meeting.Status.CONFIRMED && before.status() != Meeting.Status.CONFIRMED;
        return Statements.update(c, "UPDATE meeting SET status = ?, why = ?, proposed = ?, place = ?, starts_at = ?, "
                + "zone = ?, round = ?, newcomer_shares = ?, volunteer_shares = ?, cancelled_by = ?, version = ?, "
                + "answered_at = CASE WHEN ? THEN ? ELSE answered_at END, "
                + "confirmed_at = CASE WHEN ? THEN ? ELSE confirmed_at END, updated_at = ? WHERE id = ? AND version = ?",
                after.status().stored(), after.why(), proposed, after.place(), after.start(), after.zone(), after.round(),
                after.newcomerShares() ? 1 : 0, after.volunteerShares() ? 1 : 0, after.cancelledBy(), after.version(),
                answered ? 1 : 0, now, confirmed ? 1 : 0, now, now, after.id(), before.version()) == 1;
    }

    /** Keeps the meetings for the counts but without the erased person, and without the place they typed. */
    static void forget(Connection c, long person) throws SQLException {
        Statements.update(c, "UPDATE meeting SET place = NULL WHERE volunteer_id = ?", person);
        Statements.update(c, "UPDATE meeting SET newcomer_id = NULL WHERE newcomer_id = ?", person);
        Statements.update(c, "UPDATE meeting SET volunteer_id = NULL WHERE volunteer_id = ?", person);
        Statements.update(c, "UPDATE meeting SET cancelled_by = NULL WHERE cancelled_by = ?", person);
    }
}
