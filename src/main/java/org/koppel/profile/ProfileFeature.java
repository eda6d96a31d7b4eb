package org.koppel.profile;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.koppel.conversation.Conversation;
import org.koppel.core.EffectWriter;
import org.koppel.core.Events;
import org.koppel.core.Feature;
import org.koppel.core.PersonalData;
import org.koppel.core.Route;
import org.koppel.store.Rows;
import org.koppel.store.Statements;

/** The newcomer's profile: its conversation, /profile, and the saved profile in newcomer_profile. */
public final class ProfileFeature implements Feature {
    private final ProfileConversation profile;

    public ProfileFeature(String meetKey) {
        this.profile = new ProfileConversation(meetKey);
    }

    @Override
    public List<Conversation<?, ?>> conversations() {
        return List.of(profile);
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route("profile", ProfileConversation.KIND));
    }

    @Override
    public List<EffectWriter> writers() {
        return List.of(new ProfileWriter());
    }

    @Override
    public PersonalData personalData() {
        return PersonalData.of("profile", ProfileFeature::export, ProfileFeature::erase);
    }

    private static Object export(Connection c, long person) throws SQLException {
        return Rows.one(c, "SELECT first_name, region, town, sectors, occupation, experience, skills, "
                + "skills_other, education, dutch_level, languages, goals, availability, meeting_mode, "
                + "completed_at, updated_at FROM newcomer_profile WHERE person_id = ?", person);
    }

    private static void erase(Connection c, long person, long now, Events events) throws SQLException {
        Statements.update(c, "DELETE FROM newcomer_profile WHERE person_id = ?", person);
    }
}
