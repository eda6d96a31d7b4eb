package org.koppel.admin;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import org.koppel.conversation.Context;
import org.koppel.conversation.Conversation;
import org.koppel.conversation.Input;
import org.koppel.conversation.Say;
import org.koppel.conversation.Step;
import org.koppel.conversation.Tell;
import org.koppel.store.Statements;

/**
 * /start with a coordinator link's payload ("c&lt;token&gt;"): the person opening an unused link
 * becomes a coordinator, and whoever made the link is told; of two opening it at once, only the
 * one the write let in is welcomed. Other payloads are not its business.
 */
public final class CoordinatorLinkConversation implements Conversation<CoordinatorLinkConversation.Data,
        CoordinatorLinkConversation.Link> {
    public static final String KIND = "coordinator-link";

    /** Nothing is kept. */
    public record Data() {
    }

    /** The link as stored: who made it (null once erased) and whether it has been used. */
    public record Link(String token, Long createdBy, boolean used) {
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<Data> dataType() {
        return Data.class;
    }

    private static boolean takes(String payload) {
        return payload.startsWith("c");
    }

    @Override
    public Link view(Connection c, String key, Data data, Input input, Context ctx) throws SQLException {
        if (!(input instanceof Input.Command cmd) || !takes(cmd.arg())) {
            return null;
        }
        PreparedStatement s = Statements.prepare(c, "SELECT created_by, used_by FROM appointment_link WHERE token = ?");
        s.setString(1, cmd.arg());
        try (ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                return new Link(cmd.arg(), null, true);
            }
            long by = r.getLong(1);
            Long createdBy = r.wasNull() ? null : by;
            r.getLong(2);
            return new Link(cmd.arg(), createdBy, !r.wasNull());
        }
    }

    @Override
    public Step<Data> begin(Link link, Input input, Context ctx) {
        var t = ctx.texts();
        if (input instanceof Input.Event e && e.event() instanceof AdminOutcome o) {
            if (!o.done()) {
                return Step.end(new Say(t.t("admin.link_used")));
            }
            Say welcome = new Say(t.t("admin.coordinator_welcome"));
            String name = o.name() == null ? "?" : o.name();
            return o.other() == 0 ? Step.end(welcome) : Step.end(welcome, new Tell(o.other(), null,
                    m -> new Say(m.t("admin.coordinator_joined", "name", name)), null, Set.of(ctx.personId())));
        }
        if (!(input instanceof Input.Command cmd) || !takes(cmd.arg())) {
            return null;
        }
        if (ctx.coordinator()) {
            return Step.end(new Say(t.t("admin.already_coordinator")));
        }
        if (link == null || link.used()) {
            return Step.end(new Say(t.t("admin.link_used")));
        }
        // who takes the link is decided in the write; the welcome follows from its outcome
        return Step.end(new AdminChange.BecomeCoordinator(link.token(), ctx.senderFirstName()));
    }
}
