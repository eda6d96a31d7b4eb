package org.koppel.event;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.koppel.community.Links;
import org.koppel.conversation.Conversation;
import org.koppel.conversation.Event;
import org.koppel.core.EffectWriter;
import org.koppel.core.Events;
import org.koppel.core.Feature;
import org.koppel.core.PersonalData;
import org.koppel.core.Route;
import org.koppel.store.Rows;
import org.koppel.store.Statements;

/** Events, their invitations, answers, check-ins and the organisers' cards. */
public final class EventFeature implements Feature {
    private final Links links;

    public EventFeature(Links links) {
        this.links = links;
    }

    @Override
    public List<Conversation<?, ?>> conversations() {
        return List.of(new NewEventConversation(), new EventsConversation(), new GuestConversation(),
                new OrganiserConversation(links), new EventLinkConversation());
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route(Route.LINK, EventLinkConversation.KIND),
                new Route(NewEventConversation.KIND, NewEventConversation.KIND),
                new Route(EventsConversation.KIND, EventsConversation.KIND));
    }

    @Override
    public List<EffectWriter> writers() {
        return List.of(new EventWriter());
    }

    @Override
    public Map<String, Class<? extends Event>> events() {
        return Map.of("event.notice", EventNotice.class);
    }

    @Override
    public PersonalData personalData() {
        return PersonalData.of("events", EventFeature::export, EventFeature::erase);
    }

    private static Object export(Connection c, long person) throws SQLException {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("answers", Rows.all(c, "SELECT e.name AS event, e.starts_at, g.answer, g.checked_in_at FROM event_guest g "
                + "JOIN event e ON e.id = g.event_id WHERE g.person_id = ? ORDER BY e.starts_at", person));
        out.put("what_came_of_it", Rows.all(c, "SELECT e.name AS event, o.appointment, o.result FROM event_outcome o "
                + "JOIN event e ON e.id = o.event_id WHERE o.person_id = ?", person));
        out.put("organised", Rows.all(c, "SELECT name, kind, starts_at, place, status FROM event WHERE organiser_id = ? "
                + "ORDER BY starts_at", person));
        return out;
    }

    /** Their answers and check-ins go; an event they organised stays for its guests, without them. */
    private static void erase(Connection c, long person, long now, Events events) throws SQLException {
        Statements.update(c, "DELETE FROM event_guest WHERE person_id = ?", person);
        // what came of events stays counted, without who said it
        Statements.update(c, "UPDATE event_outcome SET person_id = NULL WHERE person_id = ?", person);
        Statements.update(c, "UPDATE event SET organiser_id = NULL WHERE organiser_id = ?", person);
    }
}
