package org.koppel.community;

import java.sql.Connection;
import java.sql.SQLException;
import org.koppel.conversation.Context;
import org.koppel.conversation.Conversation;
import org.koppel.conversation.Input;
import org.koppel.conversation.Keys;
import org.koppel.conversation.Say;
import org.koppel.conversation.Step;

/** A community's figures ("figures:&lt;id&gt;"), from the key person's /communities; answers at once. */
public final class FiguresConversation implements Conversation<FiguresConversation.Data, FiguresConversation.View> {
    public static final String KIND = "figures";

    /** Nothing is kept. */
    public record Data() {
    }

    /** The community and its figures, or null figures when the reader may not see them. */
    public record View(Info community, Figures figures) {
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<Data> dataType() {
        return Data.class;
    }

    @Override
    public View view(Connection c, String key, Data data, Input input, Context ctx) throws SQLException {
        long id = Keys.number(key);
        Info community = CommunityStore.one(c, id);
        boolean allowed = community != null && (ctx.coordinator() || Figures.keyPerson(c, id, ctx.personId()));
        return new View(community, allowed ? Figures.read(c, id, ctx.now().toEpochMilli()) : null);
    }

    @Override
    public Step<Data> begin(View v, Input input, Context ctx) {
        if (!(input instanceof Input.Choice)) {
            return null;
        }
        var t = ctx.texts();
        if (v.figures() == null) {
            return Step.end(new Say(t.t("figures.key_only")));
        }
        Figures f = v.figures();
        return Step.end(new Say(t.t("figures.text", "community", v.community().name(), "members", f.members(),
                "joined", f.joinedLately(), "events", f.events(), "check_ins", f.checkIns(), "asked", f.meetingsAsked(),
                "held", f.meetingsHeld())));
    }
}
