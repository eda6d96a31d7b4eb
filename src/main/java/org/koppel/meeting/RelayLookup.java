package org.koppel.meeting;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.koppel.core.Json;
import org.koppel.flow.Input;

/**
 * Finds a relayed message for its receiver, who is about to report it. "relay:<from>:<sentAt>"
 * answers {@link #FOUND} with the message, or {@link #MISSING} when it is gone or was not theirs.
 */
public final class RelayLookup {
    public static final String RELAY = "relay:";
    public static final String FOUND = "relay.found";
    public static final String MISSING = "relay.missing";

    /** A relayed message as the report shows it to coordinators. */
    public record Message(long from, String fromName, long meeting, long sentAt, String text) {
    }

    private RelayLookup() {
    }

    public static String ask(long from, long sentAt) {
        return RELAY + from + ":" + sentAt;
    }

    static Input.Event find(Connection c, String what, long receiver) throws SQLException {
        String[] parts = what.substring(RELAY.length()).split(":");
        try (PreparedStatement s = c.prepareStatement("SELECT from_name, meeting_id, text FROM relay "
                + "WHERE from_id = ? AND sent_at = ? AND to_id = ?")) {
            s.setLong(1, Long.parseLong(parts[0]));
            s.setLong(2, Long.parseLong(parts[1]));
            s.setLong(3, receiver);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return new Input.Event(MISSING, "", 0);
                }
                Message m = new Message(Long.parseLong(parts[0]), r.getString(1), r.getLong(2),
                        Long.parseLong(parts[1]), r.getString(3));
                return new Input.Event(FOUND, Json.write(m), 0);
            }
        }
    }
}
