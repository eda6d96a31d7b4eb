package org.koppel.vetting;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.koppel.conversation.Effect;
import org.koppel.core.EffectWriter;
import org.koppel.core.Events;
import org.koppel.core.Json;
import org.koppel.store.ActionLog;
import org.koppel.store.Statements;

/** Stores volunteer profiles, the coordinators' decisions on them and whether requests are paused. */
final class VolunteerWriter implements EffectWriter {

    @Override
    public boolean write(Connection c, long personId, Effect effect, long now, Events events) throws SQLException {
        if (effect instanceof SaveVolunteer sv) {
            save(c, personId, sv.profile(), now);
            return true;
        }
        if (effect instanceof VolunteerReviewed r) {
            try (PreparedStatement s = c.prepareStatement("UPDATE volunteer_profile SET status = ?, decided_at = ?, "
                    + "decided_by = ?, updated_at = ? WHERE person_id = ? AND status = 'pending'")) {
                s.setString(1, r.approved() ? "approved" : "rejected");
                s.setLong(2, now);
                s.setLong(3, r.coordinator());
                s.setLong(4, now);
                s.setLong(5, personId);
                if (s.executeUpdate() == 1) {
                    ActionLog.record(c, r.coordinator(), r.approved() ? "approve" : "reject", personId, null, null, now);
                }
            }
            return true;
        }
        if (effect instanceof PauseRequests p) {
            Statements.update(c, "UPDATE volunteer_profile SET paused = ?, updated_at = ? WHERE person_id = ?",
                    p.paused() ? 1 : 0, now, personId);
            return true;
        }
        return false;
    }

    private static void save(Connection c, long personId, VolunteerProfile p, long now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO volunteer_profile(person_id, first_name, job_title, organisation, sectors, offers, languages, "
                        + "region, meeting_mode, monthly_capacity, availability, submitted_at, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(person_id) DO UPDATE SET "
                        + "first_name = excluded.first_name, job_title = excluded.job_title, "
                        + "organisation = excluded.organisation, sectors = excluded.sectors, offers = excluded.offers, "
                        + "languages = excluded.languages, region = excluded.region, meeting_mode = excluded.meeting_mode, "
                        + "monthly_capacity = excluded.monthly_capacity, availability = excluded.availability, "
                        + "updated_at = excluded.updated_at")) {
            s.setLong(1, personId);
            s.setString(2, p.firstName());
            s.setString(3, p.jobTitle());
            s.setString(4, p.organisation());
            s.setString(5, Json.write(p.sectors()));
            s.setString(6, Json.write(p.offers()));
            s.setString(7, Json.write(p.languages()));
            s.setString(8, p.region());
            s.setString(9, p.meetingMode());
            s.setInt(10, p.monthlyCapacity());
            s.setString(11, Json.write(p.availability()));
            s.setLong(12, now);
            s.setLong(13, now);
            s.executeUpdate();
        }
    }
}
