package org.koppel.event;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.koppel.community.Links;
import org.koppel.conversation.Attachment;
import org.koppel.conversation.Button;
import org.koppel.conversation.Context;
import org.koppel.conversation.Conversation;
import org.koppel.conversation.Edit;
import org.koppel.conversation.Expects;
import org.koppel.conversation.Input;
import org.koppel.conversation.Keys;
import org.koppel.conversation.Say;
import org.koppel.conversation.State;
import org.koppel.conversation.States;
import org.koppel.conversation.Step;

/**
 * The organiser's card of one event ("organise:&lt;id&gt;"), for the organiser and coordinators:
 * <pre>
 * CARD     nothing  the count; QR code → the poster image; update → UPDATE; call off → CONFIRM
 * UPDATE   typing   the news → everyone going is told → CARD
 * CONFIRM  buttons  yes → called off, everyone going is told, ends; no → CARD
 * </pre>
 */
public final class OrganiserConversation implements Conversation<OrganiserConversation.Data, OrganiserView> {
    public static final String KIND = "organise";
    static final String CARD = "CARD";
    static final String UPDATE = "UPDATE";
    static final String CONFIRM = "CONFIRM";
    private static final int MAX_UPDATE = 1000;

    /** Nothing beyond the key. */
    public record Data() {
    }

    private final Links links;
    private final States<Data, OrganiserView> states = States.of(
            State.idle(CARD, OrganiserConversation::card),
            State.of(UPDATE, Expects.TEXT, (d, v, ctx) -> List.of(new Say(ctx.texts().t("event.ask_update"))),
                    OrganiserConversation::update),
            State.of(CONFIRM, Expects.CHOICE, (d, v, ctx) -> List.of(askCancel(v, ctx)), OrganiserConversation::confirm));

    public OrganiserConversation(Links links) {
        this.links = links;
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
    public States<Data, OrganiserView> states() {
        return states;
    }

    @Override
    public boolean withoutConsent() {
        return true;
    }

    @Override
    public OrganiserView view(Connection c, String key, Data data, Input input, Context ctx) throws SQLException {
        return OrganiserView.read(c, Keys.number(key), links.base());
    }

    @Override
    public Step<Data> begin(OrganiserView v, Input input, Context ctx) {
        boolean created = input instanceof Input.Event e && e.event() instanceof EventNotice n && "created".equals(n.what());
        if (!(created || input instanceof Input.Begin || input instanceof Input.Choice)) {
            return null;
        }
        return card(new Data(), v, new Input.Choice("view"), ctx);
    }

    /** Only the organiser and coordinators see the card and act on it. */
    private static boolean allowed(OrganiserView v, Context ctx) {
        return ctx.coordinator() || v.event().organiser() != null && v.event().organiser() == ctx.personId();
    }

    private static Step<Data> card(Data d, OrganiserView v, Input in, Context ctx) {
        var t = ctx.texts();
        if (v == null || !allowed(v, ctx)) {
            return Step.end(new Say(t.t("event.not_yours")));
        }
        String action = in instanceof Input.Choice c ? c.action() : "";
        if (v.event().cancelled()) {
            return Step.end(new Say(t.t("event.is_cancelled", "name", v.event().name())));
        }
        return switch (action) {
            case "view" -> Step.of(CARD, d, show(v, ctx));
            case "qr" -> Step.of(CARD, d, new Say(t.t("event.qr", "name", v.event().name(), "link", v.checkInLink()),
                    List.of(), Attachment.image("koppel-event-qr.png", QrCode.png(v.checkInLink()))));
            case "update" -> Step.of(UPDATE, d, new Say(t.t("event.ask_update")));
            case "cancel" -> Step.of(CONFIRM, d, askCancel(v, ctx));
            default -> null;
        };
    }

    private static Say show(OrganiserView v, Context ctx) {
        var t = ctx.texts();
        Event e = v.event();
        EventStore.Counts n = v.counts();
        String count = t.t("event.count", "going", n.going(), "not_going", n.notGoing(), "checked_in", n.checkedIn())
                + (e.capacity() == null ? "" : "\n" + t.t("event.capacity", "capacity", e.capacity()))
                + "\n" + t.t("event.outcomes", "appointments", v.outcomes().appointments(), "held", v.outcomes().held(),
                        "work", v.outcomes().work());
        return new Say(EventText.details(e, v.room(), t) + "\n\n" + count + "\n\n" + t.t("event.link", "link",
                v.checkInLink()), List.of(
                List.of(new Button(t.t("button.event_refresh"), "view"), new Button(t.t("button.event_qr"), "qr")),
                // the organisations at the event live in their own conversation ("stands", package salon), which builds on events
                List.of(Button.to(Keys.of("stands", e.id()), t.t("button.event_stands"), "list"),
                        new Button(t.t("button.event_update"), "update")),
                List.of(new Button(t.t("button.event_cancel"), "cancel")))).lasting();
    }

    private static Step<Data> update(Data d, OrganiserView v, Input in, Context ctx) {
        var t = ctx.texts();
        if (in instanceof Input.Cancel) {
            return Step.of(CARD, d, new Say(t.t("cancel.stopped")));
        }
        if (!(in instanceof Input.Text text) || v == null || !allowed(v, ctx)) {
            return null;
        }
        if (text.text().length() > MAX_UPDATE) {
            return Step.of(UPDATE, d, new Say(t.t("input.too_long", "max", MAX_UPDATE)));
        }
        return Step.of(CARD, d, new EventChange.Updated(v.event().id(), text.text().strip()),
                new Say(t.t("event.update_sent", "going", v.counts().going())));
    }

    private static Say askCancel(OrganiserView v, Context ctx) {
        var t = ctx.texts();
        return new Say(t.t("event.ask_cancel", "name", v.event().name(), "going", v.counts().going()), List.of(List.of(
                new Button(t.t("button.event_cancel_yes"), "yes"), new Button(t.t("button.event_cancel_no"), "no"))));
    }

    private static Step<Data> confirm(Data d, OrganiserView v, Input in, Context ctx) {
        var t = ctx.texts();
        String action = in instanceof Input.Choice c ? c.action() : "";
        if (v == null || !allowed(v, ctx)) {
            return Step.end(new Say(t.t("event.not_yours")));
        }
        if (action.equals("yes")) {
            return Step.end(new EventChange.Cancelled(v.event().id()), Edit.clearButtons(),
                    new Say(t.t("event.cancel_done", "name", v.event().name(), "going", v.counts().going())));
        }
        if (action.equals("no") || in instanceof Input.Cancel) {
            return Step.of(CARD, d, Edit.clearButtons(), show(v, ctx));
        }
        return null;
    }
}
