package org.koppel.meeting;

import java.sql.Connection;
import java.sql.SQLException;
import org.koppel.store.Statements;

/** The SQL for {@link MeetingChanged}: each update names the status it starts from. */
final class MeetingChanges {
    private MeetingChanges() {
    }

    static void write(Connection c, long newcomer, MeetingChanged change, long now) throws SQLException {
        long id = change.meeting();
        if (change instanceof MeetingChanged.Confirmed k) {
            Statements.update(c, "UPDATE meeting SET status = 'confirmed', starts_at = ?, zone = ?, place = ?, "
                    + "confirmed_at = ? WHERE id = ? AND newcomer_id = ? AND status = 'accepted'",
                    k.startsAt(), k.zone(), k.place(), now, id, newcomer);
        } else if (change instanceof MeetingChanged.Replanned) {
            Statements.update(c, "UPDATE meeting SET status = 'accepted', starts_at = NULL, zone = NULL, place = NULL "
                    + "WHERE id = ? AND newcomer_id = ? AND status = 'confirmed'", id, newcomer);
        } else if (change instanceof MeetingChanged.Cancelled k) {
            Statements.update(c, "UPDATE meeting SET status = 'cancelled', cancelled_by = ?, "
                    + "answered_at = COALESCE(answered_at, ?) WHERE id = ? AND newcomer_id = ? "
                    + "AND status IN ('accepted', 'confirmed')", k.by(), now, id, newcomer);
        } else if (((MeetingChanged.ContactShared) change).volunteerSide()) {
            Statements.update(c, "UPDATE meeting SET volunteer_shares = 1 WHERE id = ? AND newcomer_id = ?", id, newcomer);
        } else {
            Statements.update(c, "UPDATE meeting SET newcomer_shares = 1 WHERE id = ? AND newcomer_id = ?", id, newcomer);
        }
    }
}
