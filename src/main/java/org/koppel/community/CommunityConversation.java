package org.koppel.community;

import java.sql.Connection;
import java.sql.SQLException;
import org.koppel.conversation.Context;
import org.koppel.conversation.Conversation;
import org.koppel.conversation.Edit;
import org.koppel.conversation.Input;
import org.koppel.conversation.Keys;
import org.koppel.conversation.Say;
import org.koppel.conversation.Step;

/**
 * One person and one community ("community:&lt;id&gt;"): Join, Accept (an invite), Not now and Leave
 * presses, and what came of a join or an appointment, told only once it is stored. It keeps no
 * state: each press or outcome ends where it began.
 */
public final class CommunityConversation implements Conversation<CommunityConversation.Data, Info> {
    public static final String KIND = "community";
    static final String JOIN = "join";
    static final String KEY = "key:";
    static final String NO = "no";
    public static final String LEAVE = "leave";

    /** Nothing is kept. */
    public record Data() {
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
    public Info view(Connection c, String key, Data data, Input input, Context ctx) throws SQLException {
        return CommunityStore.one(c, Keys.number(key));
    }

    @Override
    public Step<Data> begin(Info community, Input input, Context ctx) {
        var t = ctx.texts();
        long id = Keys.number(ctx.key());
        if (input instanceof Input.Event e && e.event() instanceof CommunityEvent ce) {
            String name = community == null ? "" : community.name();
            return Step.end(new Say(switch (ce.outcome()) {
                case "key_person" -> t.t("community.key_done");
                case "appointed" -> t.t("community.appointed", "community", name);
                case "taken" -> t.t("community.link_unknown");
                default -> t.t("community.joined");
            }));
        }
        if (!(input instanceof Input.Choice c) || community == null) {
            return null;
        }
        if (c.action().equals(LEAVE)) {
            return Step.end(new CommunityChange.Left(id), Edit.clearButtons(), new Say(t.t("community.left")));
        }
        if (c.action().equals(NO)) {
            return Step.end(Edit.clearButtons(), new Say(t.t("community.not_joined")));
        }
        if (c.action().equals(JOIN) || c.action().startsWith(KEY)) {
            String invite = c.action().startsWith(KEY) ? c.action().substring(KEY.length()) : null;
            return Step.end(new CommunityChange.Join(id, invite), Edit.clearButtons());
        }
        return null;
    }
}
