package org.koppel.community;

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

/** Communities, their links and memberships, and the coordinators' work on them. */
public final class CommunityFeature implements Feature {
    private final Links links;

    public CommunityFeature(Links links) {
        this.links = links;
    }

    @Override
    public List<Conversation<?, ?>> conversations() {
        return List.of(new LinkConversation(), new CommunityConversation(), new CommunitiesConversation(links),
                new NewCommunityConversation(links), new ManageConversation(links), new FiguresConversation(),
                new FeedbackConversation());
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route(Route.LINK, LinkConversation.KIND),
                new Route(CommunitiesConversation.KIND, CommunitiesConversation.KIND),
                new Route(NewCommunityConversation.KIND, NewCommunityConversation.KIND),
                new Route(FeedbackConversation.KIND, FeedbackConversation.KIND));
    }

    @Override
    public List<EffectWriter> writers() {
        return List.of(new CommunityWriter());
    }

    @Override
    public Map<String, Class<? extends Event>> events() {
        return Map.of("community.outcome", CommunityEvent.class);
    }

    @Override
    public PersonalData personalData() {
        return PersonalData.of("communities", CommunityFeature::export, CommunityFeature::erase);
    }

    private static Object export(Connection c, long person) throws SQLException {
        return Rows.all(c, "SELECT k.name AS community, m.role, m.status, m.joined_at FROM membership m "
                + "JOIN community k ON k.id = m.community_id WHERE m.person_id = ? ORDER BY m.joined_at", person);
    }

    /** The person leaves every community; what they made (a community, an invite) stays, without them. */
    private static void erase(Connection c, long person, long now, Events events) throws SQLException {
        Statements.update(c, "DELETE FROM membership WHERE person_id = ?", person);
        Statements.update(c, "UPDATE community SET created_by = NULL WHERE created_by = ?", person);
        Statements.update(c, "UPDATE invite SET created_by = 0 WHERE created_by = ?", person);
        // 0, not NULL: an invite the person used must stay used
        Statements.update(c, "UPDATE invite SET used_by = 0 WHERE used_by = ?", person);
    }
}
