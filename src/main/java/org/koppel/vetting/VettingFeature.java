package org.koppel.vetting;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.koppel.conversation.Conversation;
import org.koppel.conversation.Event;
import org.koppel.core.EffectWriter;
import org.koppel.core.Events;
import org.koppel.core.Feature;
import org.koppel.core.PersonalData;
import org.koppel.core.Route;
import org.koppel.store.Rows;
import org.koppel.store.Statements;

/** Volunteers' profiles and the coordinators' review of them. */
public final class VettingFeature implements Feature {
    @Override
    public List<Conversation<?, ?>> conversations() {
        return List.of(new VolunteerConversation(), new ReviewConversation());
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route("profile", VolunteerConversation.KIND));
    }

    @Override
    public List<EffectWriter> writers() {
        return List.of(new VolunteerWriter());
    }

    @Override
    public Map<String, Class<? extends Event>> events() {
        return Map.of("vetting.reviewed", Reviewed.class, "vetting.withdrawn", ApprovalWithdrawn.class);
    }

    @Override
    public PersonalData personalData() {
        return PersonalData.of("volunteer", VettingFeature::export, VettingFeature::erase);
    }

    private static Object export(Connection c, long person) throws SQLException {
        return Rows.one(c, "SELECT first_name, job_title, organisation, sectors, offers, languages, region, "
                + "meeting_mode, monthly_capacity, availability, status, paused, submitted_at, decided_at "
                + "FROM volunteer_profile WHERE person_id = ?", person);
    }

    private static void erase(Connection c, long person, long now, Events events) throws SQLException {
        Statements.update(c, "DELETE FROM volunteer_profile WHERE person_id = ?", person);
        // a coordinator's decisions stay, without pointing at who took them
        Statements.update(c, "UPDATE volunteer_profile SET decided_by = NULL WHERE decided_by = ?", person);
    }
}
