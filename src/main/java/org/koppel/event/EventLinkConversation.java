package org.koppel.event;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.koppel.conversation.Button;
import org.koppel.conversation.Context;
import org.koppel.conversation.Conversation;
import org.koppel.conversation.Input;
import org.koppel.conversation.Keys;
import org.koppel.conversation.Open;
import org.koppel.conversation.Say;
import org.koppel.conversation.Step;

/**
 * /start with an event's check-in payload ("e&lt;token&gt;", what the QR code at the door holds):
 * someone who agreed to Koppel's terms is checked in at once; someone new is asked first (only
 * their Telegram id, language and that they came are kept), and can make a profile later.
 */
public final class EventLinkConversation implements Conversation<EventLinkConversation.Data, EventLinkConversation.View> {
    public static final String KIND = "eventlink";

    /** Nothing is kept: the offer's buttons carry what they need. */
    public record Data() {
    }

    /**
     * The event the payload opens (null: none), whether the person agreed to the terms before, and
     * whether the offer waits: someone new whose app language the bot does not speak chooses one
     * first, and the welcome opens this link again in it.
     */
    public record View(Event event, boolean consented, boolean waits) {
    }

    /** Whether a /start payload is an event's ("e"; communities' are "j" and "k", coordinators' "c", stands' "o" and "s"). */
    public static boolean takes(String payload) {
        return payload.startsWith("e");
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
    public boolean withoutConsent() {
        return true;
    }

    @Override
    public View view(Connection c, String key, Data data, Input input, Context ctx) throws SQLException {
        if (!(input instanceof Input.Command cmd) || !takes(cmd.arg())) {
            return null;
        }
        Event e = EventStore.byToken(c, cmd.arg().substring(1));
        try (var s = c.prepareStatement("SELECT consent = 'yes' FROM person WHERE id = ?")) {
            s.setLong(1, ctx.personId());
            try (var r = s.executeQuery()) {
                boolean known = r.next();
                return new View(e, known && r.getBoolean(1), !known && ctx.senderLanguage() == null);
            }
        }
    }

    @Override
    public Step<Data> begin(View v, Input input, Context ctx) {
        if (v == null) {
            // not an event's payload: another feature's link
            return null;
        }
        var t = ctx.texts();
        if (v.waits()) {
            return Step.end();
        }
        if (v.event() == null) {
            return Step.end(new Say(t.t("event.link_unknown")));
        }
        String key = Keys.of(GuestConversation.KIND, v.event().id());
        if (v.consented()) {
            return Step.end(new Open(key, new Input.Begin()));
        }
        return Step.end(new Say(t.t("event.checkin_offer", "name", v.event().name()), List.of(List.of(
                Button.to(key, t.t("button.event_checkin"), GuestConversation.CHECK_IN),
                Button.to(key, t.t("button.not_now"), "no_checkin")))));
    }
}
