package org.koppel.broadcast;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.koppel.community.Links;
import org.koppel.conversation.Conversation;
import org.koppel.conversation.Effect;
import org.koppel.core.EffectWriter;
import org.koppel.core.Events;
import org.koppel.core.Feature;
import org.koppel.core.PersonalData;
import org.koppel.core.Route;
import org.koppel.store.Rows;

/** Key persons' broadcasts: writing one (/broadcast) and queueing it; the {@link Broadcaster} sends. */
public final class BroadcastFeature implements Feature {
    private final Links links;

    public BroadcastFeature(Links links) {
        this.links = links;
    }

    @Override
    public List<Conversation<?, ?>> conversations() {
        return List.of(new BroadcastConversation(links));
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route(BroadcastConversation.KIND, BroadcastConversation.KIND));
    }

    @Override
    public List<EffectWriter> writers() {
        return List.of(new EffectWriter() {
            @Override
            public boolean write(Connection c, long person, Effect effect, long now, Events events) throws SQLException {
                if (effect instanceof BroadcastQueued q) {
                    BroadcastStore.queue(c, person, q, now);
                    return true;
                }
                return false;
            }
        });
    }

    @Override
    public PersonalData personalData() {
        return PersonalData.of("broadcasts", BroadcastFeature::export, BroadcastFeature::erase);
    }

    private static Object export(Connection c, long person) throws SQLException {
        return Rows.all(c, "SELECT k.name AS community, b.text, b.photo IS NOT NULL AS with_photo, b.created_at "
                + "FROM broadcast b JOIN community k ON k.id = b.community_id WHERE b.sender_id = ? "
                + "ORDER BY b.created_at", person);
    }

    private static void erase(Connection c, long person, long now, Events events) throws SQLException {
        BroadcastStore.erase(c, person, now);
    }
}
