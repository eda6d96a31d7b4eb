package org.koppel.broadcast;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.koppel.community.CommunityStore;
import org.koppel.store.Statements;

/** broadcast and broadcast_delivery rows. */
public final class BroadcastStore {
    private BroadcastStore() {
    }

    /** A broadcast still going out, with what its messages need. */
    record Open(long id, long community, String communityName, String communityLanguage, long sender,
                String senderName, String senderLanguage, String text, String photo, long statusRef, long event) {
    }

    record Counts(int total, int sent, int blocked, int failed) {
        int done() {
            return sent + blocked + failed;
        }
    }

    public static long queue(Connection c, long sender, BroadcastQueued q, long now) throws SQLException {
        long id;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO broadcast(community_id, sender_id, sender_name, text, "
                + "photo, created_at, event_id) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            s.setLong(1, q.community());
            s.setLong(2, sender);
            s.setString(3, q.senderName());
            s.setString(4, q.text());
            s.setString(5, q.photo());
            s.setLong(6, now);
            s.setObject(7, q.event() == 0 ? null : q.event());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                id = r.getLong(1);
            }
        }
        Statements.update(c, "INSERT INTO broadcast_delivery(broadcast_id, person_id, updated_at) "
                + "SELECT ?, m.person_id, ? FROM membership m JOIN person p ON p.id = m.person_id "
                + "WHERE m.community_id = ? AND m.status = 'active' AND p.paused = 0 AND m.person_id <> ?",
                id, now, q.community(), sender);
        return id;
    }

    static Optional<Open> nextOpen(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT b.id, b.community_id, k.name, k.language, b.sender_id, "
                + "b.sender_name, COALESCE(p.language, k.language), b.text, b.photo, b.status_ref, COALESCE(b.event_id, 0) "
                + "FROM broadcast b "
                + "JOIN community k ON k.id = b.community_id LEFT JOIN person p ON p.id = b.sender_id "
                + "WHERE b.status = 'sending' ORDER BY b.created_at, b.id LIMIT 1");
             ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                return Optional.empty();
            }
            return Optional.of(new Open(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), r.getLong(5),
                    r.getString(6), r.getString(7), r.getString(8), r.getString(9), r.getLong(10), r.getLong(11)));
        }
    }

    /** Members who left, paused, became unreachable or erased themselves since it was queued get nothing. */
    static void dropGone(Connection c, long broadcast, long community) throws SQLException {
        Statements.update(c, "DELETE FROM broadcast_delivery WHERE broadcast_id = ? AND status = 'pending' "
                + "AND person_id NOT IN (SELECT m.person_id FROM membership m JOIN person p ON p.id = m.person_id "
                + "WHERE m.community_id = ? AND m.status = 'active' AND p.paused = 0)", broadcast, community);
    }

    /** Members still to send to; 'sending' rows were in flight at a crash and are sent again. */
    static List<Long> todo(Connection c, long broadcast, int limit) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT person_id FROM broadcast_delivery WHERE broadcast_id = ? "
                + "AND status IN ('pending', 'sending') ORDER BY person_id LIMIT ?")) {
            s.setLong(1, broadcast);
            s.setInt(2, limit);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getLong(1));
                }
            }
        }
        return out;
    }

    /** Marks a member's copy as on its way; false when their row is gone (erased) or no longer waiting. */
    static boolean startSending(Connection c, long broadcast, long person, long now) throws SQLException {
        return Statements.update(c, "UPDATE broadcast_delivery SET status = 'sending', attempts = attempts + 1, "
                + "updated_at = ? WHERE broadcast_id = ? AND person_id = ? AND status IN ('pending', 'sending') "
                + "AND EXISTS (SELECT 1 FROM membership m JOIN person p ON p.id = m.person_id WHERE m.person_id = ? "
                + "AND m.status = 'active' AND p.paused = 0 AND m.community_id = "
                + "(SELECT community_id FROM broadcast WHERE id = ? AND sender_id <> 0))",
                now, broadcast, person, person, broadcast) == 1;
    }

    static void mark(Connection c, long broadcast, long person, String status, long ref, long now) throws SQLException {
        Statements.update(c, "UPDATE broadcast_delivery SET status = ?, message_ref = ?, "
                + "attempts = attempts + (CASE WHEN ? = 'sending' THEN 1 ELSE 0 END), updated_at = ? "
                + "WHERE broadcast_id = ? AND person_id = ?", status, ref, status, now, broadcast, person);
        if (status.equals("blocked")) {
            // a blocked bot is blocked for every community: nobody sends there again
            CommunityStore.unreachable(c, person);
        }
    }

    static Counts counts(Connection c, long broadcast) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*), SUM(status = 'sent'), SUM(status = 'blocked'), "
                + "SUM(status = 'failed') FROM broadcast_delivery WHERE broadcast_id = ?")) {
            s.setLong(1, broadcast);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return new Counts(r.getInt(1), r.getInt(2), r.getInt(3), r.getInt(4));
            }
        }
    }

    static void statusRef(Connection c, long broadcast, long ref) throws SQLException {
        Statements.update(c, "UPDATE broadcast SET status_ref = ? WHERE id = ?", ref, broadcast);
    }

    /**
     * A person is erased: no copy goes to them any more, and what they wrote as a key person leaves
     * the bot's keeping (a broadcast still going out stops); the counts of what was sent stay.
     */
    static void erase(Connection c, long person, long now) throws SQLException {
        Statements.update(c, "DELETE FROM broadcast_delivery WHERE person_id = ?", person);
        Statements.update(c, "DELETE FROM broadcast_delivery WHERE status IN ('pending', 'sending') AND broadcast_id IN "
                + "(SELECT id FROM broadcast WHERE sender_id = ?)", person);
        // sender 0 and no name: the row keeps its counts but no longer says who wrote what
        Statements.update(c, "UPDATE broadcast SET sender_id = 0, sender_name = '', text = NULL, photo = NULL, "
                + "status = 'done', finished_at = COALESCE(finished_at, ?) WHERE sender_id = ?", now, person);
    }

    /** Whether the sender has been erased since (nothing more is said to them then). */
    static boolean senderGone(Connection c, long broadcast) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT sender_id = 0 FROM broadcast WHERE id = ?")) {
            s.setLong(1, broadcast);
            try (ResultSet r = s.executeQuery()) {
                return !r.next() || r.getBoolean(1);
            }
        }
    }

    static void finish(Connection c, long broadcast, long now) throws SQLException {
        Statements.update(c, "UPDATE broadcast SET status = 'done', finished_at = ? WHERE id = ?", now, broadcast);
    }
}
