package org.koppel.salon;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
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
import org.koppel.event.EventStore;
import org.koppel.event.QrCode;

/**
 * The organisations at one event ("stands:&lt;event id&gt;"), for its organiser and coordinators:
 * <pre>
 * LIST  nothing  each organisation with its counts; one → its QR code and contact link; add → NAME
 * NAME  typing   the organisation's name → KIND
 * KIND  buttons  employer, training provider, support organisation → added, its QR code → LIST
 * </pre>
 */
public final class StandsConversation implements Conversation<StandsConversation.Data, StandsView> {
    public static final String KIND = "stands";
    static final String LIST = "LIST";
    static final String NAME = "NAME";
    static final String TYPE = "KIND";
    private static final int MAX_NAME = 60;

    /** The name typed, while the kind is asked. */
    public record Data(String name) {
    }

    private final Links links;
    private final States<Data, StandsView> states = States.of(
            State.idle(LIST, this::list),
            State.of(NAME, Expects.TEXT, (d, v, ctx) -> List.of(new Say(ctx.texts().t("salon.ask_stand_name"))),
                    this::name),
            State.of(TYPE, Expects.CHOICE, (d, v, ctx) -> List.of(askKind(d, ctx)), this::type));

    public StandsConversation(Links links) {
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
    public States<Data, StandsView> states() {
        return states;
    }

    @Override
    public boolean withoutConsent() {
        return true;
    }

    @Override
    public StandsView view(Connection c, String key, Data data, Input input, Context ctx) throws SQLException {
        return StandsView.read(c, Keys.number(key), links.base());
    }

    @Override
    public Step<Data> begin(StandsView v, Input input, Context ctx) {
        return input instanceof Input.Choice ? list(new Data(null), v, input, ctx) : null;
    }

    private static boolean allowed(StandsView v, Context ctx) {
        return v != null && (ctx.coordinator() || v.event().organiser() != null && v.event().organiser() == ctx.personId());
    }

    private Step<Data> list(Data d, StandsView v, Input in, Context ctx) {
        var t = ctx.texts();
        if (!allowed(v, ctx)) {
            return Step.end(new Say(t.t("event.not_yours")));
        }
        String action = in instanceof Input.Choice c ? c.action() : "";
        if (action.equals("add")) {
            return Step.of(NAME, d, new Say(t.t("salon.ask_stand_name")));
        }
        if (action.startsWith("show:")) {
            Long id = Keys.base36(action.substring(5));
            Stand s = id == null ? null : v.stand(id);
            return s == null ? null : Step.of(LIST, d, card(s, v, ctx));
        }
        return action.equals("list") ? Step.of(LIST, d, show(v, ctx)) : null;
    }

    private static Say show(StandsView v, Context ctx) {
        var t = ctx.texts();
        StringBuilder text = new StringBuilder(t.t("salon.stands", "event", v.event().name()));
        List<List<Button>> rows = new ArrayList<>();
        for (StandsView.Line l : v.stands()) {
            Stand s = l.stand();
            text.append('\n').append(t.t("salon.stand_line", "name", s.name(), "kind", t.t("salon.kind." + s.kind()),
                    "left", l.left(), "asked", l.asked()));
            if (s.contact() == null) {
                text.append(' ').append(t.t("salon.no_contact"));
            }
            rows.add(List.of(new Button(s.name(), "show:" + Long.toString(s.id(), 36))));
        }
        if (v.stands().isEmpty()) {
            text.append('\n').append(t.t("salon.no_stands"));
        }
        rows.add(List.of(new Button(t.t("button.stand_add"), "add")));
        return new Say(text.toString(), rows).lasting();
    }

    /** The QR code for the organisation's table, and the link for its contact. */
    private static Say card(Stand s, StandsView v, Context ctx) {
        var t = ctx.texts();
        String scan = v.base() + "o" + s.token();
        String text = t.t("salon.stand_card", "name", s.name(), "kind", t.t("salon.kind." + s.kind()), "link", scan,
                "contact", v.base() + "s" + s.claim());
        return new Say(text, List.of(), Attachment.image("koppel-stand-qr.png", QrCode.png(scan)));
    }

    private Step<Data> name(Data d, StandsView v, Input in, Context ctx) {
        var t = ctx.texts();
        if (in instanceof Input.Cancel) {
            return Step.of(LIST, d, new Say(t.t("cancel.stopped")));
        }
        if (!(in instanceof Input.Text text) || text.text().isBlank() || !allowed(v, ctx)) {
            return null;
        }
        String name = text.text().strip();
        if (name.length() > MAX_NAME) {
            return Step.of(NAME, d, new Say(t.t("input.too_long", "max", MAX_NAME)));
        }
        Data next = new Data(name);
        return Step.of(TYPE, next, askKind(next, ctx));
    }

    private static Say askKind(Data d, Context ctx) {
        var t = ctx.texts();
        List<List<Button>> rows = new ArrayList<>();
        for (String k : Stand.KINDS) {
            rows.add(List.of(new Button(t.t("salon.kind." + k), "kind:" + k)));
        }
        return new Say(t.t("salon.ask_stand_kind", "name", d.name()), rows);
    }

    private Step<Data> type(Data d, StandsView v, Input in, Context ctx) {
        var t = ctx.texts();
        if (in instanceof Input.Cancel) {
            return Step.of(LIST, new Data(null), new Say(t.t("cancel.stopped")));
        }
        String kind = in instanceof Input.Choice c && c.action().startsWith("kind:") ? c.action().substring(5) : "";
        if (!Stand.KINDS.contains(kind) || !allowed(v, ctx)) {
            return null;
        }
        long id = 1 + (ctx.random().nextLong() >>> 24);
        Stand s = new Stand(id, v.event().id(), d.name(), kind, null, EventStore.token(ctx.random()),
                EventStore.token(ctx.random()));
        return Step.of(LIST, new Data(null), Edit.clearButtons(),
                new SalonChange.StandAdded(id, s.event(), s.name(), kind, s.token(), s.claim()), card(s, v, ctx));
    }
}
