package org.koppel.salon;

import java.sql.Connection;
import java.sql.SQLException;
import org.koppel.conversation.Context;
import org.koppel.conversation.Conversation;
import org.koppel.conversation.Input;
import org.koppel.conversation.Keys;
import org.koppel.conversation.Open;
import org.koppel.conversation.Say;
import org.koppel.conversation.Step;
import org.koppel.event.Event;
import org.koppel.event.EventStore;
import org.koppel.start.StartConversation;

/**
 * /start with a stand's payload: "o&lt;token&gt;" (the QR code on an organisation's table) opens
 * the newcomer's side; "s&lt;claim&gt;" (the link the organiser passes on) makes whoever opens it
 * first the organisation's contact, who then receives the requests, those already waiting too.
 */
public final class StandLinkConversation implements Conversation<StandLinkConversation.Data, StandLinkConversation.View> {
    public static final String KIND = "standlink";
    /** Nothing is kept. */
    public record Data() {
    }

    /** The stand the payload opens (null: none), its event, whether it claims the contact, and whether it waits for a language. */
    public record View(Stand stand, Event event, boolean claim, boolean waits) {
    }

    /** Whether a /start payload is a stand's. */
    public static boolean takes(String payload) {
        return payload.startsWith("o") || payload.startsWith("s");
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
        boolean claim = cmd.arg().startsWith("s");
        String token = cmd.arg().substring(1);
        Stand s = claim ? SalonStore.byClaim(c, token) : SalonStore.byToken(c, token);
        Event e = s == null ? null : EventStore.load(c, s.event());
        try (var q = c.prepareStatement("SELECT 1 FROM person WHERE id = ?")) {
            q.setLong(1, ctx.personId());
            try (var r = q.executeQuery()) {
                return new View(s, e, claim, !r.next() && ctx.senderLanguage() == null);
            }
        }
    }

    @Override
    public Step<Data> begin(View v, Input input, Context ctx) {
        if (v == null) {
            return null;
        }
        var t = ctx.texts();
        if (v.waits()) {
            // someone new chooses a language first; the welcome opens this link again in it
            return Step.end();
        }
        if (v.stand() == null || v.event() == null || v.event().cancelled()) {
            return Step.end(new Say(t.t("event.link_unknown")));
        }
        Stand s = v.stand();
        if (!v.claim()) {
            return Step.end(new Open(Keys.of(StandConversation.KIND, s.id()), new Input.Begin()));
        }
        if (s.contact() != null && !s.contactIs(ctx.personId())) {
            return Step.end(new Say(t.t("salon.contact_taken", "org", s.name())));
        }
        // they came to answer for their organisation, not to be asked who they are after every step
        return Step.end(new SalonChange.Claimed(s.id()), new Open(StartConversation.KIND, new Input.Choice(
                StartConversation.PARK)), new Say(t.t("salon.contact_welcome", "org", s.name(), "event", v.event().name())));
    }
}
