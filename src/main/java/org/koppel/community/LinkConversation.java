package org.koppel.community;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.koppel.conversation.Button;
import org.koppel.conversation.Context;
import org.koppel.conversation.Conversation;
import org.koppel.conversation.Input;
import org.koppel.conversation.Keys;
import org.koppel.conversation.Say;
import org.koppel.conversation.Step;

/**
 * /start with a link's payload ("link"): the consent to join the community, or to become its key
 * person, in the person's language, with buttons that stay valid while they go on with anything
 * else. Nothing is stored before the press.
 */
public final class LinkConversation implements Conversation<LinkConversation.Data, Info> {
    public static final String KIND = "link";
    /** Stands in the view's role for an offer that waits until the person has chosen a language. */
    private static final String WAITING = "waiting-for-language";

    /** Nothing is kept: the offer's buttons carry what they need. */
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
        if (!(input instanceof Input.Command cmd)) {
            return null;
        }
        Info info = CommunityStore.link(c, cmd.arg());
        if (info != null && ctx.senderLanguage() == null && !known(c, ctx.personId())) {
            // someone new whose app language the bot does not speak: the offer waits for their choice
            return new Info(info.id(), info.name(), info.language(), info.region(), WAITING, 0, 0, null, info.invite());
        }
        return info;
    }

    private static boolean known(Connection c, long person) throws SQLException {
        try (var s = c.prepareStatement("SELECT 1 FROM person WHERE id = ?")) {
            s.setLong(1, person);
            try (var r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    @Override
    public Step<Data> begin(Info c, Input input, Context ctx) {
        if (!(input instanceof Input.Command)) {
            return null;
        }
        var t = ctx.texts();
        if (c == null) {
            return Step.end(new Say(t.t("community.link_unknown")));
        }
        if (WAITING.equals(c.role())) {
            return Step.end();
        }
        String key = Keys.of(CommunityConversation.KIND, c.id());
        if (c.invite() != null) {
            return Step.end(new Say(t.t("community.key_offer", "community", c.name()), List.of(List.of(
                    Button.to(key, t.t("button.accept_key"), CommunityConversation.KEY + c.invite()),
                    Button.to(key, t.t("button.not_now"), CommunityConversation.NO)))));
        }
        return Step.end(new Say(t.t("community.join_offer", "community", c.name()), List.of(List.of(
                Button.to(key, t.t("button.join"), CommunityConversation.JOIN),
                Button.to(key, t.t("button.not_now"), CommunityConversation.NO)))));
    }
}
