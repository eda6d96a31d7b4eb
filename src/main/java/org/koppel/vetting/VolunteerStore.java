package org.koppel.vetting;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.koppel.core.Json;
import org.koppel.store.Statements;

/** A volunteer's saved profile as others need it (a meeting shows the name, plans in the volunteer's hours). */
public final class VolunteerStore {
    private VolunteerStore() {
    }

    /** The submitted profile, or null for someone who is not (or no longer) a volunteer. */
    public static VolunteerProfile read(Connection c, long person) throws SQLException {
        PreparedStatement s = Statements.prepare(c, "SELECT first_name, job_title, organisation, sectors, offers, "
                + "languages, region, meeting_mode, monthly_capacity, availability FROM volunteer_profile "
                + "WHERE person_id = ?");
        s.setLong(1, person);
        try (ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                return null;
            }
            return new VolunteerProfile(r.getString(1), r.getString(2), r.getString(3), list(r.getString(4)),
                    list(r.getString(5)), list(r.getString(6)), r.getString(7), r.getString(8), r.getInt(9),
                    list(r.getString(10)));
        }
    }

    /** Whether the person chose to be a volunteer (approved or not yet): requests come to them, /meet is not theirs. */
    public static boolean isVolunteer(Connection c, long person) throws SQLException {
        return any(c, "SELECT 1 FROM person WHERE id = ? AND role = 'volunteer'", person);
    }

    /** Whether the person is a volunteer a coordinator approved. */
    public static boolean approved(Connection c, long person) throws SQLException {
        return any(c, "SELECT 1 FROM volunteer_profile WHERE person_id = ? AND status = 'approved'", person);
    }

    /** Whether the volunteer can be asked now: still there, approved, and neither they nor their requests paused. */
    public static boolean available(Connection c, long person) throws SQLException {
        return any(c, "SELECT 1 FROM volunteer_profile v JOIN person p ON p.id = v.person_id "
                + "WHERE v.person_id = ? AND v.status = 'approved' AND v.paused = 0 AND p.paused = 0 "
                + "AND p.suspended = 0", person);
    }

    private static boolean any(Connection c, String sql, long person) throws SQLException {
        PreparedStatement s = Statements.prepare(c, sql);
        s.setLong(1, person);
        try (ResultSet r = s.executeQuery()) {
            return r.next();
        }
    }

    /** The first name a volunteer gave, or null. */
    public static String firstName(Connection c, long person) throws SQLException {
        PreparedStatement s = Statements.prepare(c, "SELECT first_name FROM volunteer_profile WHERE person_id = ?");
        s.setLong(1, person);
        try (ResultSet r = s.executeQuery()) {
            return r.next() ? r.getString(1) : null;
        }
    }

    /** The answers as the volunteer's own conversation holds them (with the submission a review names), or null. */
    public static VolunteerData answers(Connection c, long person) throws SQLException {
        PreparedStatement s = Statements.prepare(c, "SELECT data FROM conversation WHERE person_id = ? AND key = ?");
        s.setLong(1, person);
        s.setString(2, VolunteerConversation.KIND);
        try (ResultSet r = s.executeQuery()) {
            return r.next() ? Json.read(r.getString(1), VolunteerData.class) : null;
        }
    }

    private static List<String> list(String json) {
        return Json.read(json, new TypeReference<List<String>>() { });
    }
}
