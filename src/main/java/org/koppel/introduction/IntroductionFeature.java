package org.koppel.introduction;

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

/** Introductions after coffee meetings: recorded by the volunteer, confirmed and followed up with the newcomer. */
public final class IntroductionFeature implements Feature {
    @Override
    public List<Conversation<?, ?>> conversations() {
        return List.of(new IntroduceConversation(), new IntroductionConversation());
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route(IntroduceConversation.KIND, IntroduceConversation.KIND));
    }

    @Override
    public List<EffectWriter> writers() {
        return List.of(new IntroductionWriter());
    }

    @Override
    public Map<String, Class<? extends Event>> events() {
        return Map.of("introduction.notice", IntroductionNotice.class);
    }

    @Override
    public PersonalData personalData() {
        return PersonalData.of("introductions", IntroductionFeature::export, IntroductionFeature::erase);
    }

    private static Object export(Connection c, long person) throws SQLException {
        return Map.of("made", Rows.all(c, "SELECT kind, organisation, status, created_at FROM introduction "
                + "WHERE volunteer_id = ?", person), "received", Rows.all(c, "SELECT kind, organisation, status, talked, "
                + "result, created_at FROM introduction WHERE newcomer_id = ?", person));
    }

    /** The person goes from both sides, and the typed organisation with them; the counts stay. */
    private static void erase(Connection c, long person, long now, Events events) throws SQLException {
        Statements.update(c, "UPDATE introduction SET organisation = NULL, newcomer_id = CASE WHEN newcomer_id = ?1 "
                + "THEN NULL ELSE newcomer_id END, volunteer_id = CASE WHEN volunteer_id = ?1 THEN NULL "
                + "ELSE volunteer_id END WHERE newcomer_id = ?1 OR volunteer_id = ?1", person);
    }
}
