package org.koppel.community;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.koppel.core.Json;
import org.koppel.flow.Input;
import org.koppel.flow.Lookup;
import org.koppel.store.Database;

/**
 * Answers the community questions of a flow from stored data: which communities a person is in
 * or may broadcast to (with member counts), what a link's token opens, a fresh token, and who a
 * coordinator means by an id (or, in the terminal, a name). All asks start with {@link #PREFIX}.
 */
public final class CommunityLookup implements Lookup {
    public static final String PREFIX = "c.";
    public static final String MINE = "c.mine";
    public static final String ALL = "c.all";
    public static final String LINK = "c.link:";
    public static final String TOKEN = "c.token";
    public static final String PERSON = "c.person:";
    /** Answers: "community.list" (JSON list of {@link Info}), found, unknown, token, person, noperson. */
    public static final String LIST = "community.list";
    public static final String FOUND = "community.found";
    public static final String UNKNOWN = "community.unknown";
    public static final String TOKEN_EVENT = "community.token";
    public static final String PERSON_EVENT = "community.person";
    public static final String NO_PERSON = "community.noperson";

    /** A community as flows see it; role is the asker's (null when not a member), members those who get broadcasts. */
    public record Info(long id, String name, String language, String region, String role, int members,
                       String joinLink, String invite) {
    }

    private final Database db;
    private final SecureRandom random = new SecureRandom();
    /** The bot's username for t.me links; Telegram mode sets the real one at start. */
    private volatile String bot = "koppel_bot";

    public void botUsername(String username) {
        bot = username;
    }

    /** "https://t.me/<bot>?start=": a link is this plus "j" or "k" and a token. */
    public String linkBase() {
        return "https://t.me/" + bot + "?start=";
    }

    public CommunityLookup(Database db) {
        this.db = db;
    }

    @Override
    public Input.Event answer(String what, long personId, Instant now) {
        if (what.equals(TOKEN)) {
            byte[] b = new byte[16];
            random.nextBytes(b);
            // the token and where links to it start, so a flow can show the link it makes
            return new Input.Event(TOKEN_EVENT, Base64.getUrlEncoder().withoutPadding().encodeToString(b) + " " + linkBase(), 0);
        }
        return db.read(c -> {
            if (what.equals(MINE) || what.equals(ALL)) {
                return new Input.Event(LIST, Json.write(list(c, personId, what.equals(ALL), linkBase())), 0);
            }
            if (what.startsWith(LINK)) {
                Info info = link(c, what.substring(LINK.length()), personId);
                return info == null ? new Input.Event(UNKNOWN, "", 0) : new Input.Event(FOUND, Json.write(info), 0);
            }
            if (what.startsWith(PERSON)) {
                Long id = person(c, what.substring(PERSON.length()).strip());
                return id == null ? new Input.Event(NO_PERSON, "", 0) : new Input.Event(PERSON_EVENT, Long.toString(id), 0);
            }
            throw new IllegalArgumentException("unknown lookup " + what);
        });
    }

    private static List<Info> list(Connection c, long person, boolean all, String base) throws SQLException {
        String sql = "SELECT k.id, k.name, k.language, k.region, m.role, (SELECT COUNT(*) FROM membership x JOIN person p "
                + "ON p.id = x.person_id WHERE x.community_id = k.id AND x.status = 'active' AND p.paused = 0 "
                + "AND x.person_id <> ?), k.join_token FROM community k LEFT JOIN membership m ON m.community_id = k.id "
                + "AND m.person_id = ? AND m.status = 'active'" + (all ? "" : " WHERE m.person_id IS NOT NULL")
                + " ORDER BY k.name";
        List<Info> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, person);
            s.setLong(2, person);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new Info(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                            r.getInt(6), base + "j" + r.getString(7), null));
                }
            }
        }
        return out;
    }

    /** "j<token>" a community's join link, "k<token>" an unused key-person invite. */
    private static Info link(Connection c, String payload, long person) throws SQLException {
        boolean invite = payload.startsWith("k");
        String sql = invite
                ? "SELECT k.id, k.name, k.language, k.region FROM invite i JOIN community k ON k.id = i.community_id "
                        + "WHERE i.token = ? AND i.used_by IS NULL"
                : "SELECT id, name, language, region FROM community WHERE join_token = ?";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, payload.substring(1));
            try (ResultSet r = s.executeQuery()) {
                if (!r.next() || !(invite || payload.startsWith("j"))) {
                    return null;
                }
                return new Info(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), null, 0, null,
                        invite ? payload.substring(1) : null);
            }
        }
    }

    /** A Telegram user id the bot knows, or in the terminal a person's name. */
    private static Long person(Connection c, String text) throws SQLException {
        String sql = text.matches("-?\\d{1,19}") ? "SELECT id FROM person WHERE id = ?"
                : "SELECT p.id FROM console_person n JOIN person p ON p.id = n.id WHERE n.name = ?";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            if (text.matches("-?\\d{1,19}")) {
                s.setLong(1, Long.parseLong(text));
            } else {
                s.setString(1, text);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : null;
            }
        }
    }
}
