package org.koppel.salon;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.koppel.core.Json;
import org.koppel.store.Statements;

/** Reads stands and what newcomers left and asked at them. */
public final class SalonStore {
    private static final String STAND = "SELECT id, event_id, name, kind, contact_id, token, claim FROM stand WHERE ";
    private static final String APPOINTMENT = "SELECT id, stand_id, newcomer_id, name, note, status, proposed, place, "
            + "start, zone, result, version FROM appointment WHERE ";

    /**
     * An event's figures at its stands: profiles left, appointments asked for, planned (a time
     * chosen), taken place, and those that led to work, a placement or study.
     */
    public record Counts(int stands, int left, int asked, int planned, int held, int work) {
    }

    private SalonStore() {
    }

    static Stand stand(Connection c, long id) throws SQLException {
        List<Stand> one = stands(c, "id = ?", id);
        return one.isEmpty() ? null : one.get(0);
    }

    static Stand byToken(Connection c, String token) throws SQLException {
        List<Stand> one = stands(c, "token = ?", token);
        return one.isEmpty() ? null : one.get(0);
    }

    static Stand byClaim(Connection c, String claim) throws SQLException {
        List<Stand> one = stands(c, "claim = ?", claim);
        return one.isEmpty() ? null : one.get(0);
    }

    static List<Stand> ofEvent(Connection c, long event) throws SQLException {
        return stands(c, "event_id = ? ORDER BY id", event);
    }

    static Appointment appointment(Connection c, long id) throws SQLException {
        List<Appointment> one = appointments(c, "id = ?", id);
        return one.isEmpty() ? null : one.get(0);
    }

    static Appointment left(Connection c, long stand, long newcomer) throws SQLException {
        List<Appointment> one = appointments(c, "stand_id = ? AND newcomer_id = ?", stand, newcomer);
        return one.isEmpty() ? null : one.get(0);
    }

    /** Requests that came in before anyone opened the contact link: handed over when someone does. */
    static List<Appointment> waiting(Connection c, long stand) throws SQLException {
        return appointments(c, "stand_id = ? AND status = 'requested' AND newcomer_id IS NOT NULL", stand);
    }

    public static Counts counts(Connection c, long event) throws SQLException {
        var s = Statements.prepare(c, "SELECT (SELECT COUNT(*) FROM stand WHERE event_id = ?1), COUNT(a.id), "
                + "COALESCE(SUM(a.status <> 'left'), 0), "
                + "COALESCE(SUM(a.status IN ('confirmed', 'held', 'not_held')), 0), COALESCE(SUM(a.status = 'held'), 0), "
                + "COALESCE(SUM(a.result IN ('work', 'placement', 'study')), 0) "
                + "FROM appointment a JOIN stand s ON s.id = a.stand_id WHERE s.event_id = ?1");
        s.setLong(1, event);
        try (ResultSet r = s.executeQuery()) {
            r.next();
            return new Counts(r.getInt(1), r.getInt(2), r.getInt(3), r.getInt(4), r.getInt(5), r.getInt(6));
        }
    }

    private static List<Stand> stands(Connection c, String where, Object... args) throws SQLException {
        List<Stand> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(STAND + where)) {
            bind(s, args);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long contact = r.getLong(5);
                    Long who = r.wasNull() ? null : contact;
                    out.add(new Stand(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), who,
                            r.getString(6), r.getString(7)));
                }
            }
        }
        return out;
    }

    private static List<Appointment> appointments(Connection c, String where, Object... args) throws SQLException {
        List<Appointment> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(APPOINTMENT + where)) {
            bind(s, args);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long newcomer = r.getLong(3);
                    Long who = r.wasNull() ? null : newcomer;
                    out.add(new Appointment(r.getLong(1), r.getLong(2), who, r.getString(4), r.getString(5),
                            Appointment.Status.of(r.getString(6)),
                            Json.read(r.getString(7), new TypeReference<List<String>>() { }), r.getString(8),
                            r.getString(9), r.getString(10), r.getString(11), r.getInt(12)));
                }
            }
        }
        return out;
    }

    private static void bind(PreparedStatement s, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            s.setObject(i + 1, args[i]);
        }
    }
}
