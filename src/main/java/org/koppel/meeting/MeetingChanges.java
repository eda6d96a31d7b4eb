package org.koppel.meeting;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** The SQL for {@link MeetingChanged}: each update names the status it starts from. */
final class MeetingChanges {
    private MeetingChanges() {
    }

    static boolean write(Connection c, long newcomer, MeetingChanged change, long now) throws SQLException {
        String sql;
        if (change instanceof MeetingChanged.Confirmed) {
            sql = "UPDATE meeting SET status = 'confirmed', starts_at = ?, zone = ?, place = ?, confirmed_at = ? "
                    + "WHERE id = ? AND newcomer_id = ? AND status = 'accepted'";
        } else if (change instanceof MeetingChanged.Replanned) {
            sql = "UPDATE meeting SET status = 'accepted', starts_at = NULL, zone = NULL, place = NULL "
                    + "WHERE id = ? AND newcomer_id = ? AND status = 'confirmed'";
        } else if (change instanceof MeetingChanged.Cancelled) {
            sql = "UPDATE meeting SET status = 'cancelled', cancelled_by = ?, answered_at = COALESCE(answered_at, ?) "
                    + "WHERE id = ? AND newcomer_id = ? AND status IN ('accepted', 'confirmed')";
        } else {
            sql = ((MeetingChanged.ContactShared) change).volunteerSide()
                    ? "UPDATE meeting SET volunteer_shares = 1 WHERE id = ? AND newcomer_id = ?"
                    : "UPDATE meeting SET newcomer_shares = 1 WHERE id = ? AND newcomer_id = ?";
        }
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            if (change instanceof MeetingChanged.Confirmed k) {
                s.setString(i++, k.startsAt());
                s.setString(i++, k.zone());
                s.setString(i++, k.place());
                s.setLong(i++, now);
            } else if (change instanceof MeetingChanged.Cancelled k) {
                s.setLong(i++, k.by());
                s.setLong(i++, now);
            }
            s.setLong(i++, change.meeting());
            s.setLong(i, newcomer);
            s.executeUpdate();
        }
        return true;
    }
}
