package org.koppel.followup;

import java.sql.Connection;
import java.sql.SQLException;
import org.koppel.conversation.Effect;
import org.koppel.core.EffectWriter;
import org.koppel.core.Events;
import org.koppel.core.Json;
import org.koppel.store.Statements;

/** Stores follow-up answers as they come (one row per side of a meeting) and check-ins. */
final class FollowUpWriter implements EffectWriter {
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
        if (effect instanceof CheckedIn k) {
            Statements.update(c, "INSERT INTO checkin(meeting_id, person_id, outcome, answered_at) VALUES (?, ?, ?, ?) "
                    + "ON CONFLICT(meeting_id) DO UPDATE SET outcome = excluded.outcome, "
                    + "answered_at = excluded.answered_at", k.meeting(), person, k.outcome(), now);
            return true;
        }
        return false;
    }
}
