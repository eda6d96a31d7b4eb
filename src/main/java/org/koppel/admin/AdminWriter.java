package org.koppel.admin;

import java.sql.Connection;
import java.sql.SQLException;
import org.koppel.conversation.Effect;
import org.koppel.core.EffectWriter;
import org.koppel.core.Events;
import org.koppel.conversation.Keys;
import org.koppel.store.ActionLog;
import org.koppel.store.Rows;
import org.koppel.store.Statements;

/** Stores the coordinators' changes and logs each with who took it and when. */
final class AdminWriter implements EffectWriter {
    @Override
    public boolean write(Connection c, long by, Effect effect, long now, Events events) throws SQLException {
        if (!(effect instanceof AdminChange change)) {
            return false;
        }
        if (change instanceof AdminChange.Suspend s) {
            // logged only when it changed something: a second coordinator's press, or someone erased meanwhile, is not
            if (Statements.update(c, "UPDATE person SET suspended = ? WHERE id = ? AND suspended <> ?", s.on() ? 1 : 0,
                    s.person(), s.on() ? 1 : 0) == 1) {
                log(c, by, s.on() ? "suspend" : "resume", s.person(), s.report() == 0 ? null : s.report(), s.reason(), now);
            }
        } else if (change instanceof AdminChange.Unapprove u) {
            Statements.update(c, "UPDATE volunteer_profile SET status = 'pending', decided_at = ?, decided_by = ? "
                    + "WHERE person_id = ? AND status = 'approved'", now, by, u.volunteer());
            log(c, by, "unapprove", u.volunteer(), null, u.reason(), now);
        } else if (change instanceof AdminChange.PauseMatching p) {
            Statements.update(c, "INSERT INTO service_flag(name, value, set_by, set_at) VALUES ('matching_paused', ?, ?, ?) "
                    + "ON CONFLICT(name) DO UPDATE SET value = excluded.value, set_by = excluded.set_by, "
                    + "set_at = excluded.set_at", p.on() ? "1" : "0", by, now);
            log(c, by, p.on() ? "pause_matching" : "resume_matching", null, null, null, now);
        } else if (change instanceof AdminChange.OnReport r && r.handled()) {
            boolean first = Statements.update(c, "UPDATE report SET status = 'handled', handled_by = ?, handled_at = ? "
                    + "WHERE id = ? AND status = 'open'", by, now, r.report()) == 1;
            if (first) {
                log(c, by, r.action(), null, r.report(), null, now);
            }
            events.send(by, Keys.of(CaseConversation.KIND, r.report()), new AdminOutcome("handled", first, 0, null));
        } else if (change instanceof AdminChange.OnReport r) {
            log(c, by, r.action(), null, r.report(), null, now);
        } else if (change instanceof AdminChange.FirstAdmin) {
            return true;
        } else if (change instanceof AdminChange.Alerted a) {
            Statements.update(c, "INSERT OR IGNORE INTO alert_sent(coordinator_id, kind, subject, sent_at) "
                    + "VALUES (?, ?, ?, ?)", by, a.kind(), Long.toString(a.subject()), now);
        } else if (change instanceof AdminChange.CoordinatorLink l) {
            Statements.update(c, "INSERT INTO appointment_link(token, role, created_by, created_at) "
                    + "VALUES (?, 'coordinator', ?, ?)", l.token(), by, now);
            log(c, by, "coordinator_link", null, null, null, now);
        } else if (change instanceof AdminChange.BecomeCoordinator b) {
            int taken = Statements.update(c, "UPDATE appointment_link SET used_by = ?, used_at = ? "
                    + "WHERE token = ? AND used_by IS NULL", by, now, b.token());
            Long maker = null;
            if (taken == 1) {
                Statements.update(c, "INSERT OR IGNORE INTO coordinator(person_id, added_by, added_at) "
                        + "SELECT ?, created_by, ? FROM appointment_link WHERE token = ?", by, now, b.token());
                maker = Rows.one(c, "SELECT created_by FROM appointment_link WHERE token = ?", b.token())
                        .get("created_by") instanceof Number n ? n.longValue() : null;
            }
            events.send(by, CoordinatorLinkConversation.KIND, new AdminOutcome("coordinator", taken == 1,
                    maker == null ? 0 : maker, b.name()));
        }
        return true;
    }

    private static void log(Connection c, long by, String action, Long subject, Long report, String reason, long now)
            throws SQLException {
        ActionLog.record(c, by, action, subject, report, reason, now);
    }
}
