package org.koppel.community;

import java.sql.Connection;
import java.sql.SQLException;
import org.koppel.broadcast.BroadcastQueued;
import org.koppel.core.EffectWriter;
import org.koppel.flow.Effect;
import org.koppel.store.Statements;

/** Stores communities, memberships, invites, pauses and queued broadcasts. */
public final class CommunityWriter implements EffectWriter {

    @Override
    public boolean write(Connection c, long personId, Effect effect, long now) throws SQLException {
        if (effect instanceof BroadcastQueued q) {
            org.koppel.broadcast.BroadcastStore.queue(c, personId, q, now);
            return true;
        }
        if (!(effect instanceof CommunityChanged change)) {
            return false;
        }
        if (change instanceof CommunityChanged.Created k) {
            Statements.update(c, "INSERT INTO community(name, language, region, join_token, created_by, created_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", k.name(), k.language(), k.region(), k.joinToken(), personId, now);
        } else if (change instanceof CommunityChanged.Invited k) {
            Statements.update(c, "INSERT INTO invite(token, community_id, created_by, created_at) VALUES (?, ?, ?, ?)",
                    k.token(), k.community(), personId, now);
        } else if (change instanceof CommunityChanged.Joined k) {
            join(c, personId, k, now);
        } else if (change instanceof CommunityChanged.Left k) {
            Statements.update(c, "UPDATE membership SET status = 'left' WHERE community_id = ? AND person_id = ?", k.community(), personId);
        } else if (change instanceof CommunityChanged.Paused k) {
            Statements.update(c, "UPDATE person SET paused = ? WHERE id = ?", k.paused() ? 1 : 0, personId);
        }
        return true;
    }

    /** An invite is used once: without an unused one, a key-person join changes nothing. */
    private static void join(Connection c, long person, CommunityChanged.Joined k, long now) throws SQLException {
        if (k.invite() != null && Statements.update(c, "UPDATE invite SET used_by = ?, used_at = ? WHERE token = ? "
                + "AND community_id = ? AND used_by IS NULL", person, now, k.invite(), k.community()) == 0) {
            return;
        }
        String role = k.keyPerson() ? "key_person" : "member";
        Statements.update(c, "INSERT INTO membership(community_id, person_id, role, status, joined_at) VALUES (?, ?, ?, 'active', ?) "
                + "ON CONFLICT(community_id, person_id) DO UPDATE SET status = 'active', "
                + "role = CASE WHEN excluded.role = 'key_person' THEN 'key_person' ELSE membership.role END",
                k.community(), person, role, now);
    }
}
