package org.koppel.meeting;

import java.sql.Connection;
import java.sql.SQLException;
import org.koppel.core.EffectWriter;
import org.koppel.core.Json;
import org.koppel.flow.Effect;
import org.koppel.store.Statements;

/** Stores meeting requests and what becomes of them, relayed messages, reports, and volunteers pausing requests. */
public final class MeetingWriter implements EffectWriter {

    @Override
    public boolean write(Connection c, long personId, Effect effect, long now) throws SQLException {
        if (effect instanceof MeetingRequested r) {
            Statements.update(c, "INSERT INTO meeting(id, newcomer_id, volunteer_id, reasons, requested_at) "
                    + "VALUES (?, ?, ?, ?, ?)", r.meeting(), personId, r.volunteer(), r.reasons(), now);
        } else if (effect instanceof MeetingAnswered a) {
            Statements.update(c, "UPDATE meeting SET status = ?, answered_at = ? "
                    + "WHERE id = ? AND newcomer_id = ? AND status = 'requested'", a.status(), now, a.meeting(), personId);
        } else if (effect instanceof MeetingChanged m) {
            MeetingChanges.write(c, personId, m, now);
        } else if (effect instanceof Relayed r) {
            Statements.update(c, "INSERT INTO relay(from_id, to_id, sent_at, meeting_id, from_name, text) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", personId, r.to(), now, r.meeting(), r.fromName(), r.text());
        } else if (effect instanceof Reported r) {
            Statements.update(c, "INSERT INTO report(reporter_id, reported_id, meeting_id, relay_sent_at, reported_at) "
                    + "VALUES (?, ?, ?, ?, ?)", personId, r.reported(), r.meeting(), r.relaySentAt(), now);
        } else if (effect instanceof FeedbackGiven f) {
            Statements.update(c, "INSERT INTO meeting_feedback(meeting_id, person_id, role, took_place, usefulness, "
                    + "outcomes, comment, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                    + "ON CONFLICT(meeting_id, person_id) DO UPDATE SET took_place = excluded.took_place, "
                    + "usefulness = excluded.usefulness, outcomes = excluded.outcomes, comment = excluded.comment, "
                    + "answered_at = excluded.answered_at", f.meeting(), personId, f.role(), f.tookPlace(), f.usefulness(),
                    f.outcomes() == null ? null : Json.write(f.outcomes()), f.comment(), now);
        } else if (effect instanceof CheckedIn k) {
            Statements.update(c, "INSERT INTO checkin(person_id, meeting_id, outcome, answered_at) VALUES (?, ?, ?, ?) "
                    + "ON CONFLICT(person_id, meeting_id) DO UPDATE SET outcome = excluded.outcome, "
                    + "answered_at = excluded.answered_at", personId, k.meeting(), k.outcome(), now);
        } else if (effect instanceof VolunteerPaused p) {
            Statements.update(c, "UPDATE volunteer_profile SET paused = ?, updated_at = ? WHERE person_id = ?",
                    p.paused() ? 1 : 0, now, personId);
        } else {
            return false;
        }
        return true;
    }
}
