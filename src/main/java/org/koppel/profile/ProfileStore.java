package org.koppel.profile;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.koppel.core.Json;
import org.koppel.store.Statements;

/** The saved newcomer profile, read back as answers, for those who show parts of it (a volunteer's request). */
public final class ProfileStore {
    private ProfileStore() {
    }

    /** The saved profile, or null when the newcomer has none (or no longer has one). */
    public static ProfileData read(Connection c, long person) throws SQLException {
        PreparedStatement s = Statements.prepare(c, "SELECT first_name, region, town, sectors, occupation, experience, "
                + "skills, skills_other, education, dutch_level, languages, goals, availability, meeting_mode "
                + "FROM newcomer_profile WHERE person_id = ?");
        s.setLong(1, person);
        try (ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                return null;
            }
            ProfileData d = new ProfileData();
            d.firstName = r.getString(1);
            d.region = r.getString(2);
            d.town = r.getString(3);
            d.sectors = list(r.getString(4));
            d.occupation = r.getString(5);
            d.experience = r.getString(6);
            d.skills = list(r.getString(7));
            d.skillsOther = r.getString(8);
            d.education = r.getString(9);
            d.dutch = r.getString(10);
            d.languages = list(r.getString(11));
            d.goals = list(r.getString(12));
            d.availability = list(r.getString(13));
            d.mode = r.getString(14);
            d.complete = true;
            return d;
        }
    }

    /** The first name a newcomer gave; null when they gave none. */
    public static String firstName(Connection c, long person) throws SQLException {
        PreparedStatement s = Statements.prepare(c, "SELECT first_name FROM newcomer_profile WHERE person_id = ?");
        s.setLong(1, person);
        try (ResultSet r = s.executeQuery()) {
            return r.next() ? r.getString(1) : null;
        }
    }

    private static List<String> list(String json) {
        return json == null ? new ArrayList<>() : new ArrayList<>(Json.read(json, new TypeReference<List<String>>() { }));
    }
}
