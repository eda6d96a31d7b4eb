package org.koppel.introduction;

import java.sql.Connection;
import java.sql.SQLException;
import org.koppel.conversation.Effect;
import org.koppel.conversation.Keys;
import org.koppel.core.EffectWriter;
import org.koppel.core.Events;
import org.koppel.store.ActionLog;
import org.koppel.store.Statements;

/** Stores introductions and answers, each only by the person it belongs to; a new one is passed to the newcomer. */
final class IntroductionWriter implements EffectWriter {
    @Override
    public boolean write(Connection c, long person, Effect effect, long now, Events events) throws SQLException {
        if (!(effect instanceof IntroductionChange change)) {
            return false;
        }
        if (change instanceof IntroductionChange.Recorded r) {
            // only for the volunteer's own meeting, and while its newcomer is still known
            int stored = Statements.update(c, "INSERT INTO introduction(id, meeting_id, volunteer_id, newcomer_id, kind, "
                    + "organisation, created_at, updated_at) SELECT ?, m.id, m.volunteer_id, m.newcomer_id, ?, ?, ?, ? "
                    + "FROM meeting m WHERE m.id = ? AND m.volunteer_id = ? AND m.newcomer_id IS NOT NULL",
                    r.id(), r.kind(), r.organisation(), now, now, r.meeting(), person);
            if (stored == 1) {
                ActionLog.record(c, person, "introduction", null, null, null, now);
                Introduction i = IntroductionStore.load(c, r.id());
                events.send(i.newcomer(), Keys.of(IntroductionConversation.KIND, r.id()), new IntroductionNotice(r.id()));
            }
        } else if (change instanceof IntroductionChange.Confirmed k) {
            Statements.update(c, "UPDATE introduction SET status = ?, updated_at = ? WHERE id = ? AND newcomer_id = ? "
                    + "AND status = 'recorded'", k.right() ? "confirmed" : "not_right", now, k.id(), person);
        } else if (change instanceof IntroductionChange.Talked t) {
            Statements.update(c, "UPDATE introduction SET talked = ?, updated_at = ? WHERE id = ? AND newcomer_id = ? "
                    + "AND status = 'confirmed'", t.talked(), now, t.id(), person);
        } else if (change instanceof IntroductionChange.Result r) {
            Statements.update(c, "UPDATE introduction SET result = ?, talked = CASE WHEN talked IS NULL OR "
                    + "talked = 'not_yet' THEN 'yes' ELSE talked END, updated_at = ? WHERE id = ? AND newcomer_id = ? "
                    + "AND status = 'confirmed'", r.result(), now, r.id(), person);
        }
        return true;
    }
}
