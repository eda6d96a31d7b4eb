package org.koppel.stats;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** What the statistics agree on in SQL (when a meeting counts as matched, met, in a period), and reading rows. */
final class Queries {
    /**
     * A meeting a volunteer said yes to. A cancelled one counts when it had been accepted: the plan
     * was changed at least twice (asked, accepted, then cancelled; a shared contact changes no
     * plan), or times were proposed or confirmed.
     */
    static final String MATCHED = "(m.status IN ('accepted', 'proposed', 'confirmed', 'held', 'not_held', 'no_show') "
            + "OR (m.status = 'cancelled' AND (m.round > 0 OR m.proposed IS NOT NULL OR m.confirmed_at IS NOT NULL "
            + "OR m.version - m.newcomer_shares - m.volunteer_shares >= 3)))";

    /** A meeting that took place by its status, or by either side's follow-up answer. */
    static final String MET = "(m.status = 'held' OR EXISTS (SELECT 1 FROM meeting_feedback f "
            + "WHERE f.meeting_id = m.id AND f.took_place = 'yes'))";

    /**
     * A meeting in a period: by the local day it was planned for, else the moment it was asked for.
     * Parameters: first day, day after (ISO), then the same as epoch milliseconds.
     */
    static final String MEETING_IN_PERIOD = "((m.starts_at IS NOT NULL AND substr(m.starts_at, 1, 10) >= ? "
            + "AND substr(m.starts_at, 1, 10) < ?) OR (m.starts_at IS NULL AND m.requested_at >= ? AND m.requested_at < ?))";

    private Queries() {
    }

    static Object[] meetingArgs(Period p, java.time.ZoneId zone) {
        return new Object[] {p.from().toString(), p.to().toString(), p.fromMillis(zone), p.toMillis(zone)};
    }

    @FunctionalInterface
    interface Reader<T> {
        T read(ResultSet r) throws SQLException;
    }

    static <T> List<T> all(Connection c, String sql, Reader<T> reader, Object... args) throws SQLException {
        List<T> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(reader.read(r));
                }
            }
        }
        return out;
    }

    /** A stored JSON list of codes; empty when none. */
    static List<String> codes(String json) {
        return json == null || json.isBlank() ? List.of()
                : org.koppel.core.Json.read(json, new com.fasterxml.jackson.core.type.TypeReference<List<String>>() { });
    }
}
