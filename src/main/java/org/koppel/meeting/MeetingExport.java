package org.koppel.meeting;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A person's meetings as /mydata shows them: with the other side's first name, never more of them. */
final class MeetingExport {
    private MeetingExport() {
    }

    static List<Map<String, Object>> of(Connection c, long person) throws SQLException {
        List<Map<String, Object>> out = new ArrayList<>();
        try (var s = c.prepareStatement("SELECT id FROM meeting WHERE newcomer_id = ? OR volunteer_id = ? "
                + "ORDER BY requested_at")) {
            s.setLong(1, person);
            s.setLong(2, person);
            try (var r = s.executeQuery()) {
                while (r.next()) {
                    MeetingView v = MeetingView.read(c, r.getLong(1));
                    Meeting m = v.meeting();
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("meeting", Long.toString(m.id(), 36));
                    row.put("you_are", m.isNewcomer(person) ? "newcomer" : "volunteer");
                    row.put("with", v.otherName(person));
                    row.put("status", m.status().stored());
                    row.put("asked_at", java.time.Instant.ofEpochMilli(m.requestedAt()).toString());
                    row.put("times_proposed", m.proposed());
                    row.put("starts", m.start());
                    row.put("time_zone", m.zone());
                    row.put("place", m.place() == null && m.start() != null ? "video call" : m.place());
                    row.put("you_share_your_contact", m.isNewcomer(person) ? m.newcomerShares() : m.volunteerShares());
                    out.add(row);
                }
            }
        }
        return out;
    }
}
