package org.koppel.community;

import java.sql.Connection;
import java.sql.SQLException;
import org.koppel.conversation.Effect;
import org.koppel.conversation.Keys;
import org.koppel.core.EffectWriter;
import org.koppel.core.Events;
import org.koppel.store.ActionLog;
import org.koppel.store.Statements;

/**
 * Stores communities, invites and memberships. A single-use invite is taken in the same statement
 * that checks it is unused, so of two people who opened it only the first becomes key person, and
 * each is told what really happened.
 */
final class CommunityWriter implements EffectWriter {

    @Override
    public boolean write(Connection c, long person, Effect effect, long now, Events events) throws SQLException {
        if (!(effect instanceof CommunityChange change)) {
            return false;
        }
        if (change instanceof CommunityChange.Created k) {
            Statements.update(c, "INSERT INTO community(name, language, region, join_token, created_by, created_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", k.name(), k.language(), k.region(), k.joinToken(), person, now);
            ActionLog.record(c, person, "create_community", null, null, null, now);
        } else if (change instanceof CommunityChange.Invited k) {
            Statements.update(c, "INSERT INTO invite(token, community_id, created_by, created_at) VALUES (?, ?, ?, ?)",
                    k.token(), k.community(), person, now);
            ActionLog.record(c, person, "key_invite", null, null, null, now);
        } else if (change instanceof CommunityChange.Join k) {
            String outcome = join(c, person, k, now);
            events.send(person, Keys.of(CommunityConversation.KIND, k.community()), new CommunityEvent(k.community(), outcome));
        } else if (change instanceof CommunityChange.Left k) {
            Statements.update(c, "UPDATE membership SET status = 'left' WHERE community_id = ? AND person_id = ?",
                    k.community(), person);
        } else if (change instanceof CommunityChange.Appoint k && exists(c, k.person())) {
            member(c, k.community(), k.person(), "key_person", now);
            events.send(k.person(), Keys.of(CommunityConversation.KIND, k.community()),
                    new CommunityEvent(k.community(), "appointed"));
            ActionLog.record(c, person, "appoint_key", k.person(), null, null, now);
        } else if (change instanceof CommunityChange.RemoveKey k) {
            Statements.update(c, "UPDATE membership SET role = 'member' WHERE community_id = ? AND person_id = ?",
                    k.community(), k.person());
            ActionLog.record(c, person, "remove_key", k.person(), null, null, now);
        } else if (change instanceof CommunityChange.Rename k) {
            Statements.update(c, "UPDATE community SET name = ? WHERE id = ?", k.name(), k.community());
            ActionLog.record(c, person, "rename_community", null, null, null, now);
        } else if (change instanceof CommunityChange.Archive k) {
            Statements.update(c, "UPDATE community SET archived_at = ? WHERE id = ? AND archived_at IS NULL",
                    now, k.community());
            ActionLog.record(c, person, "archive_community", null, null, null, now);
        }
        return true;
    }

    private static String join(Connection c, long person, CommunityChange.Join k, long now) throws SQLException {
        if (k.invite() != null && Statements.update(c, "UPDATE invite SET used_by = ?, used_at = ? WHERE token = ? "
                + "AND community_id = ? AND used_by IS NULL", person, now, k.invite(), k.community()) == 0) {
            return "taken";
        }
        String role = k.invite() != null ? "key_person" : "member";
        member(c, k.community(), person, role, now);
        return role;
    }

    private static boolean exists(Connection c, long person) throws SQLException {
        try (var s = c.prepareStatement("SELECT 1 FROM person WHERE id = ?")) {
            s.setLong(1, person);
            try (var r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    /** A key person stays one when joining again by a member's link. */
    private static void member(Connection c, long community, long person, String role, long now) throws SQLException {
        Statements.update(c, "INSERT INTO membership(community_id, person_id, role, status, joined_at) "
                + "VALUES (?, ?, ?, 'active', ?) ON CONFLICT(community_id, person_id) DO UPDATE SET status = 'active', "
                + "role = CASE WHEN excluded.role = 'key_person' THEN 'key_person' ELSE membership.role END",
                community, person, role, now);
    }
}
