package org.koppel.community;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.random.RandomGenerator;

/** Reads communities and memberships for the conversations: lists, what a link opens, whom a coordinator means. */
public final class CommunityStore {
    private CommunityStore() {
    }

    /** The person's communities, or every community (for coordinators), with the reader's role and member counts. */
    public static List<Info> list(Connection c, long person, boolean all, String base) throws SQLException {
        String sql = "SELECT k.id, k.name, k.language, k.region, m.role, (SELECT COUNT(*) FROM membership x "
                + "WHERE x.community_id = k.id AND x.status = 'active'), (SELECT COUNT(*) FROM membership x JOIN person p "
                + "ON p.id = x.person_id WHERE x.community_id = k.id AND x.status = 'active' AND p.paused = 0 "
                + "AND x.person_id <> ?), k.join_token FROM community k LEFT JOIN membership m ON m.community_id = k.id "
                + "AND m.person_id = ? AND m.status = 'active' WHERE k.archived_at IS NULL"
                + (all ? "" : " AND m.person_id IS NOT NULL")
                + " ORDER BY k.name";
        List<Info> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, person);
            s.setLong(2, person);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new Info(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                            r.getInt(6), r.getInt(7), base + "j" + r.getString(8), null));
                }
            }
        }
        return out;
    }

    /** What "j&lt;token&gt;" (a community's join link) or "k&lt;token&gt;" (an unused invite) opens; null when nothing. */
    static Info link(Connection c, String payload) throws SQLException {
        boolean invite = payload.startsWith("k");
        if (!invite && !payload.startsWith("j")) {
            return null;
        }
        String sql = invite
                ? "SELECT k.id, k.name, k.language, k.region FROM invite i JOIN community k ON k.id = i.community_id "
                        + "WHERE i.token = ? AND i.used_by IS NULL AND k.archived_at IS NULL"
                : "SELECT id, name, language, region FROM community WHERE join_token = ? AND archived_at IS NULL";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, payload.substring(1));
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? new Info(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), null, 0, 0, null,
                        invite ? payload.substring(1) : null) : null;
            }
        }
    }

    static Info one(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id, name, language, region FROM community WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? new Info(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), null, 0, 0, null,
                        null) : null;
            }
        }
    }

    /** A Telegram user id the bot knows, or in the terminal a person's name; null when nobody. */
    static Long person(Connection c, String text) throws SQLException {
        boolean id = text.matches("-?\\d{1,18}");
        String sql = id ? "SELECT id FROM person WHERE id = ?"
                : "SELECT p.id FROM console_person n JOIN person p ON p.id = n.id WHERE n.name = ?";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            if (id) {
                s.setLong(1, Long.parseLong(text));
            } else {
                s.setString(1, text);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : null;
            }
        }
    }

    /** The person blocked the bot or left Telegram: no community sends to them again until they rejoin. */
    public static void unreachable(Connection c, long person) throws SQLException {
        org.koppel.store.Statements.update(c, "UPDATE membership SET status = 'unreachable' WHERE person_id = ? "
                + "AND status = 'active'", person);
    }

    /** An unguessable token for a link (128 bits, URL-safe, fits a t.me payload). */
    static String token(RandomGenerator random) {
        byte[] b = new byte[16];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
