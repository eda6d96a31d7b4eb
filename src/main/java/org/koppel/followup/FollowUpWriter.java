package org.koppel.followup;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import org.koppel.conversation.Effect;
import org.koppel.core.EffectWriter;
import org.koppel.core.Events;
import org.koppel.core.Json;
import org.koppel.meeting.MeetingWriter;
import org.koppel.store.Statements;

/** Stores follow-up answers as they come (one row per side of a meeting) and check-ins. */
final class FollowUpWriter implements EffectWriter {
    private final ZoneId zone;

    FollowUpWriter(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public boolean write(Connection c, long person, Effect effect, long now, Events events) throws SQLException {
        if (effect instanceof FeedbackGiven f) {
            Statements.update(c, "INSERT INTO meeting_feedback(meeting_id, role, person_id, took_place, usefulness, "
                    + "outcomes, comment, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                    + "ON CONFLICT(meeting_id, role) DO UPDATE SET person_id = excluded.person_id, "
                    + "took_place = excluded.took_place, usefulness = excluded.usefulness, outcomes = excluded.outcomes, "
                    + "comment = COALESCE(excluded.comment, meeting_feedback.comment), answered_at = excluded.answered_at",
                    f.meeting(), f.role(), person, f.tookPlace(), f.usefulness(),
                    f.outcomes() == null ? null : Json.write(f.outcomes()), f.comment(), now);
            return true;
        }
        if (effect instanceof AgainAnswered a) {
            Statements.update(c, "UPDATE meeting_feedback SET again = ? WHERE meeting_id = ? AND role = ?",
                    a.yes() ? "yes" : "no", a.meeting(), a.role());
            if (a.yes() && bothWant(c, a.meeting())) {
                long[] pair = pair(c, a.meeting());
                if (pair != null) {
                    MeetingWriter.again(c, a.next(), pair[0], pair[1], person, now, events, zone);
                }
            }
            return true;
        }
        if (effect instanceof CheckedIn k) {
            Statements.update(c, "INSERT INTO checkin(meeting_id, person_id, outcome, answered_at) VALUES (?, ?, ?, ?) "
                    + "ON CONFLICT(meeting_id) DO UPDATE SET outcome = excluded.outcome, "
                    + "answered_at = excluded.answered_at", k.meeting(), person, k.outcome(), now);
            return true;
        }
        return false;
    }

    private static boolean bothWant(Connection c, long meeting) throws SQLException {
        var s = Statements.prepare(c, "SELECT COUNT(*) FROM meeting_feedback WHERE meeting_id = ? AND again = 'yes'");
        s.setLong(1, meeting);
        try (var r = s.executeQuery()) {
            return r.next() && r.getInt(1) == 2;
        }
    }

    /** Newcomer and volunteer of the meeting, or null when one has gone, is suspended or no longer approved. */
    private static long[] pair(Connection c, long meeting) throws SQLException {
        var s = Statements.prepare(c, "SELECT m.newcomer_id, m.volunteer_id FROM meeting m "
                + "JOIN person n ON n.id = m.newcomer_id AND n.suspended = 0 "
                + "JOIN person v ON v.id = m.volunteer_id AND v.suspended = 0 "
                + "JOIN volunteer_profile p ON p.person_id = m.volunteer_id AND p.status = 'approved' WHERE m.id = ?");
        s.setLong(1, meeting);
        try (var r = s.executeQuery()) {
            return r.next() ? new long[] {r.getLong(1), r.getLong(2)} : null;
        }
    }
}
