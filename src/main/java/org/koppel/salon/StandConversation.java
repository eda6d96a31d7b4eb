package org.koppel.salon;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.koppel.conversation.Button;
import org.koppel.conversation.Context;
import org.koppel.conversation.Conversation;
import org.koppel.conversation.Edit;
import org.koppel.conversation.Effect;
import org.koppel.conversation.Expects;
import org.koppel.conversation.Input;
import org.koppel.conversation.Keys;
import org.koppel.conversation.Open;
import org.koppel.conversation.Say;
import org.koppel.conversation.State;
import org.koppel.conversation.States;
import org.koppel.conversation.Step;
import org.koppel.event.GuestConversation;

/**
 * A newcomer at an organisation's table ("stand:&lt;id&gt;"), opened by its QR code:
 * <pre>
 * NAME     typing   someone without a profile: their first name → NOTE
 * NOTE     typing   one line on what they look for, or Skip → SHARE
 * SHARE    buttons  exactly what the organisation would see; yes → left there (and checked in at the
 *                   event, if they were not) → APPOINT; no → nothing kept
 * APPOINT  buttons  ask for an appointment → the contact proposes times; not now → ends
 * </pre>
 */
public final class StandConversation implements Conversation<StandConversation.Data, StandView> {
    public static final String KIND = "stand";
    static final String NAME = "NAME";
    static final String NOTE = "NOTE";
    static final String SHARE = "SHARE";
    static final String APPOINT = "APPOINT";
    private static final int MAX_NAME = 40;
    private static final int MAX_NOTE = 200;

    /** What they typed so far, and the appointment row once left. */
    public record Data(String name, String note, long appointment) {
    }

    private static final States<Data, StandView> STATES = States.of(
            State.of(NAME, Expects.TEXT, (d, v, ctx) -> List.of(askName(v, ctx)), StandConversation::name),
            State.of(NOTE, Expects.TEXT, (d, v, ctx) -> List.of(askNote(ctx)), StandConversation::note),
            State.of(SHARE, Expects.CHOICE, (d, v, ctx) -> List.of(askShare(d, v, ctx)), StandConversation::share),
            State.of(APPOINT, Expects.CHOICE, (d, v, ctx) -> List.of(askAppoint(v, ctx, "salon.left")),
                    StandConversation::appoint));

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<Data> dataType() {
        return Data.class;
    }

    @Override
    public States<Data, StandView> states() {
        return STATES;
    }

    /** Someone who only came to the salon can leave a first name and a line without making a profile. */
    @Override
    public boolean withoutConsent() {
        return true;
    }

    @Override
    public StandView view(Connection c, String key, Data data, Input input, Context ctx) throws SQLException {
        return StandView.read(c, Keys.number(key), ctx.personId());
    }

    @Override
    public Step<Data> begin(StandView v, Input input, Context ctx) {
        var t = ctx.texts();
        if (!(input instanceof Input.Begin)) {
            return null;
        }
        if (v == null || v.event() == null || v.event().cancelled()) {
            return Step.end(new Say(t.t("event.link_unknown")));
        }
        Appointment a = v.left();
        if (a != null && a.status().open()) {
            return Step.end(new Say(t.t("salon.already_asked", "org", v.stand().name())));
        }
        if (a != null) {
            return Step.of(APPOINT, new Data(null, null, a.id()), askAppoint(v, ctx, "salon.left_before"));
        }
        String hello = t.t("salon.hello", "org", v.stand().name(), "kind", t.t("salon.kind." + v.stand().kind()),
                "event", v.event().name());
        Data d = new Data(null, null, 0);
        return v.profile() == null ? Step.of(NAME, d, new Say(hello), askName(v, ctx))
                : Step.of(NOTE, d, new Say(hello), askNote(ctx));
    }

    private static Say askName(StandView v, Context ctx) {
        return new Say(ctx.texts().t("salon.ask_name", "org", v == null ? "" : v.stand().name()));
    }

    private static Say askNote(Context ctx) {
        var t = ctx.texts();
        return new Say(t.t("salon.ask_note"), List.of(List.of(new Button(t.t("button.skip"), "skip"))));
    }

    private static Say askShare(Data d, StandView v, Context ctx) {
        var t = ctx.texts();
        String profile = ShortProfile.text(v.profile(), d.name(), d.note(), t);
        return new Say(t.t("salon.ask_share", "org", v.stand().name(), "profile", profile), List.of(List.of(
                new Button(t.t("button.salon_leave"), "yes"), new Button(t.t("button.salon_keep"), "no"))));
    }

    private static Say askAppoint(StandView v, Context ctx, String key) {
        var t = ctx.texts();
        return new Say(t.t(key, "org", v.stand().name()), List.of(List.of(new Button(t.t("button.salon_ask"), "ask"),
                new Button(t.t("button.not_now"), "later"))));
    }

    private static Step<Data> name(Data d, StandView v, Input in, Context ctx) {
        var t = ctx.texts();
        if (in instanceof Input.Cancel) {
            return Step.end(new Say(t.t("salon.nothing_kept")));
        }
        if (!(in instanceof Input.Text text) || text.text().isBlank()) {
            return null;
        }
        String name = text.text().strip();
        if (name.length() > MAX_NAME) {
            return Step.of(NAME, d, new Say(t.t("input.too_long", "max", MAX_NAME)));
        }
        return Step.of(NOTE, new Data(name, null, 0), askNote(ctx));
    }

    private static Step<Data> note(Data d, StandView v, Input in, Context ctx) {
        var t = ctx.texts();
        if (v == null) {
            return Step.end(new Say(t.t("event.link_unknown")));
        }
        if (in instanceof Input.Cancel) {
            return Step.end(new Say(t.t("salon.nothing_kept")));
        }
        if (in instanceof Input.Choice c && c.action().equals("skip")) {
            return Step.of(SHARE, d, Edit.clearButtons(), askShare(d, v, ctx));
        }
        if (!(in instanceof Input.Text text) || text.text().isBlank()) {
            return null;
        }
        if (text.text().length() > MAX_NOTE) {
            return Step.of(NOTE, d, new Say(t.t("input.too_long", "max", MAX_NOTE)));
        }
        Data next = new Data(d.name(), text.text().strip(), 0);
        return Step.of(SHARE, next, askShare(next, v, ctx));
    }

    private static Step<Data> share(Data d, StandView v, Input in, Context ctx) {
        var t = ctx.texts();
        if (v == null) {
            return Step.end(new Say(t.t("event.link_unknown")));
        }
        String a = in instanceof Input.Choice c ? c.action() : "";
        if (a.equals("no") || in instanceof Input.Cancel) {
            return Step.end(Edit.clearButtons(), new Say(t.t("salon.nothing_kept")));
        }
        if (!a.equals("yes")) {
            return null;
        }
        if (v.left() != null) {
            return Step.of(APPOINT, new Data(null, null, v.left().id()), Edit.clearButtons(),
                    askAppoint(v, ctx, "salon.left_before"));
        }
        // 40 random bits, as for meetings and events: short in keys, not guessable from another's
        long id = 1 + (ctx.random().nextLong() >>> 24);
        List<Effect> effects = new ArrayList<>(List.of(Edit.clearButtons(),
                new SalonChange.Left(id, v.stand().id(), v.profile() == null ? d.name() : null, d.note()),
                askAppoint(v, ctx, "salon.left")));
        if (!v.checkedIn()) {
            // at a table means at the event: counted as come, and asked the day after what came of it
            effects.add(new Open(Keys.of(GuestConversation.KIND, v.event().id()), new Input.Choice(GuestConversation.CHECK_IN)));
        }
        return new Step<>(APPOINT, new Data(null, null, id), effects);
    }

    private static Step<Data> appoint(Data d, StandView v, Input in, Context ctx) {
        var t = ctx.texts();
        if (v == null) {
            return Step.end(new Say(t.t("event.link_unknown")));
        }
        String a = in instanceof Input.Choice c ? c.action() : "";
        if (a.equals("later") || in instanceof Input.Cancel) {
            return Step.end(Edit.clearButtons(), new Say(t.t("salon.not_asked", "org", v.stand().name())));
        }
        if (!a.equals("ask")) {
            return null;
        }
        return Step.end(Edit.clearButtons(), new SalonChange.Asked(d.appointment()),
                new Say(t.t(v.stand().contact() == null ? "salon.asked_no_contact" : "salon.asked",
                        "org", v.stand().name())));
    }
}
