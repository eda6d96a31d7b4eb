package org.koppel.meeting;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A video meeting's room name: the same for both sides and every message about the meeting, and
 * unguessable, because it is a keyed hash of the meeting's id under this installation's own
 * secret (made at start). Nothing is stored; no one can list or guess the rooms.
 */
public final class VideoRoom {
    /** The secret's name in app_secret. */
    public static final String KEY = "video_key";

    private VideoRoom() {
    }

    /** The room for this meeting ("Koppel-" and 20 base-36 characters), or null before the secret exists. */
    static String of(Connection c, long meeting) throws SQLException {
        return room(c, "meeting:" + meeting);
    }

    /** The room of an event held by video, named the same way under its own scope. */
    public static String ofEvent(Connection c, long event) throws SQLException {
        return room(c, "event:" + event);
    }

    /** The room of an appointment made at a salon's stand and held by video. */
    public static String ofAppointment(Connection c, long appointment) throws SQLException {
        return room(c, "appointment:" + appointment);
    }

    private static String room(Connection c, String scope) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT value FROM app_secret WHERE name = ?")) {
            s.setString(1, KEY);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? name(r.getBytes(1), scope) : null;
            }
        }
    }

    public static String name(byte[] key, long meeting) {
        return name(key, "meeting:" + meeting);
    }

    private static String name(byte[] key, String scope) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] h = mac.doFinal(scope.getBytes(StandardCharsets.UTF_8));
            // 13 bytes, about 100 bits: more than enough against guessing, short enough to read aloud
            String digits = new java.math.BigInteger(1, java.util.Arrays.copyOf(h, 13)).toString(36);
            return "Koppel-" + ("0".repeat(20) + digits).substring(digits.length()).toLowerCase(Locale.ROOT);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
