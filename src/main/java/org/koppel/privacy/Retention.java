package org.koppel.privacy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.koppel.store.Statements;

/**
 * Who is due for the retention notice, and when their data goes: retentionMonths after they last
 * sent the bot anything, but never sooner than a month after the notice (someone already past the
 * period when this release starts still gets their month).
 */
public final class Retention {
    /** The notice comes this long before the erasure. */
    static final Duration NOTICE_AHEAD = Duration.ofDays(30);
    private static final int BATCH = 1000;

    private Retention() {
    }

    /** People inactive since before the notice cutoff who hold no notice yet (pending or shown), but for skip. */
    public static List<Long> due(Connection c, Instant now, int months, ZoneId zone, Set<Long> skip)
            throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT p.id FROM person p WHERE COALESCE(p.last_seen, "
                + "p.created_at) < ? AND NOT EXISTS (SELECT 1 FROM conversation v WHERE v.person_id = p.id "
                + "AND v.key = '" + RetentionConversation.KIND + "') AND NOT EXISTS (SELECT 1 FROM job j "
                + "WHERE j.person_id = p.id AND j.conv_key = '" + RetentionConversation.KIND + "' "
                + "AND j.status = 'pending') ORDER BY p.id")) {
            s.setLong(1, noticeCutoff(now, months, zone).toEpochMilli());
            try (ResultSet r = s.executeQuery()) {
                while (r.next() && out.size() < BATCH) {
                    if (!skip.contains(r.getLong(1))) {
                        out.add(r.getLong(1));
                    }
                }
            }
        }
        return out;
    }

    /** Someone last seen before this gets the notice now. */
    static Instant noticeCutoff(Instant now, int months, ZoneId zone) {
        return now.atZone(zone).minusMonths(months).toInstant().plus(NOTICE_AHEAD);
    }

    static Instant eraseAt(long lastSeen, Instant now, int months, ZoneId zone) {
        Instant due = Instant.ofEpochMilli(lastSeen).atZone(zone).plusMonths(months).toInstant();
        Instant earliest = now.plus(NOTICE_AHEAD);
        return due.isBefore(earliest) ? earliest : due;
    }

    static Long lastSeen(Connection c, long person) throws SQLException {
        var s = Statements.prepare(c, "SELECT COALESCE(last_seen, created_at) FROM person WHERE id = ?");
        s.setLong(1, person);
        try (ResultSet r = s.executeQuery()) {
            return r.next() ? r.getLong(1) : null;
        }
    }
}
