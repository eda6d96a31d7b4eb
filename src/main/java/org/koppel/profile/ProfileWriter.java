package org.koppel.profile;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.koppel.conversation.Effect;
import org.koppel.core.EffectWriter;
import org.koppel.core.Events;
import org.koppel.core.Json;

/** Stores confirmed profiles. */
final class ProfileWriter implements EffectWriter {

    @Override
    public boolean write(Connection c, long personId, Effect effect, long now, Events events) throws SQLException {
        if (effect instanceof SaveProfile sp) {
            save(c, personId, sp.profile(), now);
            return true;
        }
        return false;
    }

    private static void save(Connection c, long personId, NewcomerProfile p, long now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO newcomer_profile(person_id, first_name, region, town, sectors, occupation, experience, "
                        + "skills, skills_other, education, dutch_level, languages, goals, availability, meeting_mode, "
                        + "completed_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT(person_id) DO UPDATE SET first_name = excluded.first_name, region = excluded.region, "
                        + "town = excluded.town, sectors = excluded.sectors, occupation = excluded.occupation, "
                        + "experience = excluded.experience, skills = excluded.skills, skills_other = excluded.skills_other, "
                        + "education = excluded.education, dutch_level = excluded.dutch_level, languages = excluded.languages, "
                        + "goals = excluded.goals, availability = excluded.availability, meeting_mode = excluded.meeting_mode, "
                        + "updated_at = excluded.updated_at")) {
            s.setLong(1, personId);
            s.setString(2, p.firstName());
            s.setString(3, p.region());
            s.setString(4, p.town());
            s.setString(5, list(p.sectors()));
            s.setString(6, p.occupation());
            s.setString(7, p.experience());
            s.setString(8, list(p.skills()));
            s.setString(9, p.skillsOther());
            s.setString(10, p.education());
            s.setString(11, p.dutchLevel());
            s.setString(12, list(p.languages()));
            s.setString(13, list(p.goals()));
            s.setString(14, list(p.availability()));
            s.setString(15, p.meetingMode());
            s.setLong(16, now);
            s.setLong(17, now);
            s.executeUpdate();
        }
    }

    private static String list(List<String> values) {
        return Json.write(values);
    }
}
