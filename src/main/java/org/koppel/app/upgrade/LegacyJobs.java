package org.koppel.app.upgrade;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.koppel.store.Statements;

/**
 * 0.1 jobs were the newcomer's alone and named by their kind; each becomes a job of the
 * conversation it now belongs to, reminders and the follow-up for both sides of the meeting.
 */
final class LegacyJobs {
    private LegacyJobs() {
    }

    private record Job(long id, long person, String kind, String payload, long due, long created) {
    }

    static void convert(Connection c) throws SQLException {
        List<Job> jobs = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, person_id, kind, payload, due_at, created_at FROM job "
                + "WHERE conv_key = '' AND status = 'pending'"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                jobs.add(new Job(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), r.getLong(5), r.getLong(6)));
            }
        }
        for (Job j : jobs) {
            convert(c, j);
        }
        Statements.update(c, "UPDATE job SET conv_key = 'legacy', status = CASE status WHEN 'pending' THEN 'cancelled' "
                + "ELSE status END WHERE conv_key = ''");
    }

    private static void convert(Connection c, Job j) throws SQLException {
        String[] p = j.payload().split(":");
        if (j.kind().equals("meet.expire")) {
            long meeting = Long.parseLong(j.payload());
            Long volunteer = volunteer(c, meeting);
            if (volunteer != null) {
                add(c, j, volunteer, "meeting:" + Long.toString(meeting, 36), "expire", "");
            }
        } else if (j.kind().equals("remind") && p.length == 3) {
            for (long person : both(c, Long.parseLong(p[0], 36))) {
                add(c, j, person, "meeting:" + p[0], "remind:" + p[2], p[1] + ":" + p[2]);
            }
        } else if (j.kind().equals("followup") && p.length == 2) {
            for (long person : both(c, Long.parseLong(p[0], 36))) {
                add(c, j, person, "meeting:" + p[0], "followup", p[1]);
            }
        } else if (j.kind().startsWith("fu.nudge:")) {
            add(c, j, j.person(), "followup:" + j.payload(), "nudge", "");
        } else if (j.kind().equals("checkin")) {
            add(c, j, j.person(), "checkin:" + j.payload(), "ask", "");
        }
    }

    /** Only for someone still there: 0.1 left the jobs of an erased person behind. */
    private static void add(Connection c, Job j, long person, String key, String name, String payload)
            throws SQLException {
        Statements.update(c, "INSERT INTO job(person_id, conv_key, kind, payload, due_at, created_at) "
                + "SELECT ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM person WHERE id = ?)", person, key, name, payload,
                j.due(), j.created(), person);
    }

    private static Long volunteer(Connection c, long meeting) throws SQLException {
        List<Long> people = people(c, meeting, "volunteer_id");
        return people.isEmpty() ? null : people.get(0);
    }

    /** The newcomer and the volunteer of a meeting, as far as they are known. */
    private static List<Long> both(Connection c, long meeting) throws SQLException {
        return people(c, meeting, "newcomer_id, volunteer_id");
    }

    private static List<Long> people(Connection c, long meeting, String columns) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + columns + " FROM meeting WHERE id = ?")) {
            s.setLong(1, meeting);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                        long id = r.getLong(i);
                        if (!r.wasNull()) {
                            out.add(id);
                        }
                    }
                }
            }
        }
        return out;
    }
}
