package org.koppel.admin;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.koppel.profile.ProfileStore;
import org.koppel.store.Statements;
import org.koppel.vetting.VolunteerStore;

/** What the coordinators' screens read: people by role and first name, reports, the service's switches. */
final class AdminStore {
    static final int LIST = 20;

    private AdminStore() {
    }

    /** One line of a list: whom a button opens, and what it says about them. */
    record Entry(long id, String name, String detail, String status, boolean suspended) {
    }

    static List<Entry> pending(Connection c) throws SQLException {
        return entries(c, "SELECT v.person_id, v.first_name, v.job_title, v.status, p.suspended FROM volunteer_profile v "
                + "JOIN person p ON p.id = v.person_id WHERE v.status = 'pending' ORDER BY v.submitted_at LIMIT " + LIST);
    }

    /** Volunteers whose first name starts with the text (all of them for ""), newest first. */
    static List<Entry> volunteers(Connection c, String name) throws SQLException {
        return entries(c, "SELECT v.person_id, v.first_name, v.job_title, v.status, p.suspended FROM volunteer_profile v "
                + "JOIN person p ON p.id = v.person_id WHERE v.first_name LIKE ? ESCAPE '\\' "
                + "ORDER BY v.submitted_at DESC LIMIT " + LIST, Statements.startsWith(name));
    }

    static List<Entry> newcomers(Connection c, String name) throws SQLException {
        return entries(c, "SELECT n.person_id, n.first_name, n.region, '', p.suspended FROM newcomer_profile n "
                + "JOIN person p ON p.id = n.person_id WHERE n.first_name LIKE ? ESCAPE '\\' "
                + "ORDER BY n.completed_at DESC LIMIT " + LIST, Statements.startsWith(name));
    }

    /** Open reports, oldest first, each with the reported person's first name. */
    static List<Entry> openReports(Connection c) throws SQLException {
        return entries(c, "SELECT r.id, COALESCE(n.first_name, v.first_name, '?'), COALESCE(r.text, ''), r.status, 0 "
                + "FROM report r LEFT JOIN newcomer_profile n ON n.person_id = r.reported_id "
                + "LEFT JOIN volunteer_profile v ON v.person_id = r.reported_id "
                + "WHERE r.status = 'open' ORDER BY r.reported_at LIMIT " + LIST);
    }

    /** Both sides of every open report: the people the reports list names. */
    static java.util.Set<Long> reportPeople(Connection c) throws SQLException {
        java.util.Set<Long> out = new java.util.HashSet<>();
        for (Entry e : entries(c, "SELECT reporter_id, '', '', '', 0 FROM report WHERE status = 'open' UNION "
                + "SELECT reported_id, '', '', '', 0 FROM report WHERE status = 'open'")) {
            if (e.id() != 0) {
                out.add(e.id());
            }
        }
        return out;
    }

    /** A person's first name from their profile, newcomer or volunteer; null when there is none. */
    static String name(Connection c, long person) throws SQLException {
        String newcomer = ProfileStore.firstName(c, person);
        return newcomer != null ? newcomer : VolunteerStore.firstName(c, person);
    }

    static List<Entry> entries(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement s = Statements.prepare(c, sql);
        for (int i = 0; i < args.length; i++) {
            s.setObject(i + 1, args[i]);
        }
        List<Entry> out = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new Entry(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getInt(5) == 1));
            }
        }
        return out;
    }
}
