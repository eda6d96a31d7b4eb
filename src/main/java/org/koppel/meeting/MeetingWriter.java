package org.koppel.meeting;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.koppel.core.EffectWriter;
import org.koppel.flow.Effect;

/** Stores meeting requests and what becomes of them, relayed messages, reports, and volunteers pausing requests. */
public final class MeetingWriter implements EffectWriter {

    @Override
    public boolean write(Connection c, long personId, Effect effect, long now) throws SQLException {
        if (effect instanceof MeetingRequested r) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO meeting(id, newcomer_id, volunteer_id, reasons, "
                    + "requested_at) VALUES (?, ?, ?, ?, ?)")) {
                s.setLong(1, r.meeting());
                s.setLong(2, personId);
                s.setLong(3, r.volunteer());
                s.setString(4, r.reasons());
                s.setLong(5, now);
                s.executeUpdate();
            }
            return true;
        }
        if (effect instanceof MeetingAnswered a) {
            try (PreparedStatement s = c.prepareStatement("UPDATE meeting SET status = ?, answered_at = ? "
                    + "WHERE id = ? AND newcomer_id = ? AND status = 'requested'")) {
                s.setString(1, a.status());
                s.setLong(2, now);
                s.setLong(3, a.meeting());
                s.setLong(4, personId);
                s.executeUpdate();
            }
            return true;
        }
        if (effect instanceof MeetingChanged m) {
            return MeetingChanges.write(c, personId, m, now);
        }
        if (effect instanceof Relayed r) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO relay(from_id, to_id, sent_at, meeting_id, "
                    + "from_name, text) VALUES (?, ?, ?, ?, ?, ?)")) {
                s.setLong(1, personId);
                s.setLong(2, r.to());
                s.setLong(3, now);
                s.setLong(4, r.meeting());
                s.setString(5, r.fromName());
                s.setString(6, r.text());
                s.executeUpdate();
            }
            return true;
        }
        if (effect instanceof Reported r) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO report(reporter_id, reported_id, meeting_id, "
                    + "relay_sent_at, reported_at) VALUES (?, ?, ?, ?, ?)")) {
                s.setLong(1, personId);
                s.setLong(2, r.reported());
                s.setLong(3, r.meeting());
                s.setLong(4, r.relaySentAt());
                s.setLong(5, now);
                s.executeUpdate();
            }
            return true;
        }
        if (effect instanceof FeedbackGiven f) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO meeting_feedback(meeting_id, person_id, role, "
                    + "took_place, usefulness, outcomes, comment, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                    + "ON CONFLICT(meeting_id, person_id) DO UPDATE SET took_place = excluded.took_place, "
                    + "usefulness = excluded.usefulness, outcomes = excluded.outcomes, comment = excluded.comment, "
                    + "answered_at = excluded.answered_at")) {
                s.setLong(1, f.meeting());
                s.setLong(2, personId);
                s.setString(3, f.role());
                s.setString(4, f.tookPlace());
                s.setObject(5, f.usefulness());
                s.setString(6, f.outcomes() == null ? null : org.koppel.core.Json.write(f.outcomes()));
                s.setString(7, f.comment());
                s.setLong(8, now);
                s.executeUpdate();
            }
            return true;
        }
        if (effect instanceof CheckedIn k) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO checkin(person_id, meeting_id, outcome, answered_at) "
                    + "VALUES (?, ?, ?, ?) ON CONFLICT(person_id, meeting_id) DO UPDATE SET outcome = excluded.outcome, "
                    + "answered_at = excluded.answered_at")) {
                s.setLong(1, personId);
                s.setLong(2, k.meeting());
                s.setString(3, k.outcome());
                s.setLong(4, now);
                s.executeUpdate();
            }
            return true;
        }
        if (effect instanceof VolunteerPaused p) {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE volunteer_profile SET paused = ?, updated_at = ? WHERE person_id = ?")) {
                s.setInt(1, p.paused() ? 1 : 0);
                s.setLong(2, now);
                s.setLong(3, personId);
                s.executeUpdate();
            }
            return true;
        }
        return false;
    }
}
