package org.koppel.event;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.random.RandomGenerator;
import org.koppel.core.Json;
import org.koppel.store.Statements;

/** Reads events, their guests and counts. */
public final class EventStore {
    private static final String COLUMNS = "id, organiser_id, name, kind, starts_at, zone, place, capacity, languages, "
            + "status, token, version";

    /** How many said they come, said they do not, and came. */
    public record Counts(int going, int notGoing, int checkedIn) {
    }

    /** What came of it: appointments made, appointments that took place, and those that led to work, a placement or study. */
    public record Outcomes(int appointments, int held, int work) {
    }

    public static Outcomes outcomes(Connection c, long event) throws SQLException {
        var s = Statements.prepare(c, "SELECT COALESCE(SUM(appointment IS NOT NULL AND appointment <> 'none'), 0), "
                + "COALESCE(SUM(result IS NOT NULL AND result <> 'not_held'), 0), "
                + "COALESCE(SUM(result IN ('work', 'placement', 'study')), 0) FROM event_outcome WHERE event_id = ?");
        s.setLong(1, event);
        try (ResultSet r = s.executeQuery()) {
            r.next();
            return new Outcomes(r.getInt(1), r.getInt(2), r.getInt(3));
        }
    }

    private EventStore() {
    }

    public static Event load(Connection c, long id) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM event WHERE id = ?", id);
    }

    static Event byToken(Connection c, String token) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM event WHERE token = ?", token);
    }

    /** Events the person organises (or, for a coordinator, every event) that are still ahead or recent. */
    static List<Event> mine(Connection c, long person, boolean all, String since) throws SQLException {
        List<Event> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM event WHERE (? OR organiser_id = ?) "
                + "AND starts_at >= ? ORDER BY starts_at LIMIT 20")) {
            s.setBoolean(1, all);
            s.setLong(2, person);
            s.setString(3, since);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(row(r));
                }
            }
        }
        return out;
    }

    public static Counts counts(Connection c, long event) throws SQLException {
        var s = Statements.prepare(c, "SELECT COALESCE(SUM(answer = 'going'), 0), COALESCE(SUM(answer = 'not_going'), 0), "
                + "COALESCE(SUM(checked_in_at IS NOT NULL), 0) FROM event_guest WHERE event_id = ?");
        s.setLong(1, event);
        try (ResultSet r = s.executeQuery()) {
            r.next();
            return new Counts(r.getInt(1), r.getInt(2), r.getInt(3));
        }
    }

    /** The person's answer ("going", "not_going" or null) and whether they checked in. */
    static String answer(Connection c, long event, long person) throws SQLException {
        var s = Statements.prepare(c, "SELECT answer FROM event_guest WHERE event_id = ? AND person_id = ?");
        s.setLong(1, event);
        s.setLong(2, person);
        try (ResultSet r = s.executeQuery()) {
            return r.next() ? r.getString(1) : null;
        }
    }

    static List<Long> going(Connection c, long event) throws SQLException {
        List<Long> out = new ArrayList<>();
        var s = Statements.prepare(c, "SELECT person_id FROM event_guest WHERE event_id = ? AND answer = 'going'");
        s.setLong(1, event);
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(r.getLong(1));
            }
        }
        return out;
    }

    /** The communities a key person may invite (their own) or, for a coordinator, every open one: id and name. */
    static List<Object[]> communities(Connection c, long person, boolean all) throws SQLException {
        List<Object[]> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT k.id, k.name FROM community k WHERE k.archived_at IS NULL "
                + "AND (? OR EXISTS (SELECT 1 FROM membership m WHERE m.community_id = k.id AND m.person_id = ? "
                + "AND m.role = 'key_person' AND m.status = 'active')) ORDER BY k.name LIMIT 20")) {
            s.setBoolean(1, all);
            s.setLong(2, person);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new Object[] {r.getLong(1), r.getString(2)});
                }
            }
        }
        return out;
    }

    /** 96 random bits, URL-safe: the check-in payload "e" + token stays well inside Telegram's 64. */
    public static String token(RandomGenerator random) {
        byte[] b = new byte[12];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) random.nextInt(256);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static Event one(Connection c, String sql, Object arg) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, arg);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? row(r) : null;
            }
        }
    }

    private static Event row(ResultSet r) throws SQLException {
        long organiser = r.getLong(2);
        Long org = r.wasNull() ? null : organiser;
        int capacity = r.getInt(8);
        Integer cap = r.wasNull() ? null : capacity;
        return new Event(r.getLong(1), org, r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                r.getString(7), cap, Json.read(r.getString(9), new TypeReference<List<String>>() { }),
                r.getString(10), r.getString(11), r.getInt(12));
    }
}
