package org.koppel.salon;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
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
import org.koppel.conversation.Unschedule;
import org.koppel.meeting.SideData;

/**
 * One side of an appointment asked for at a salon's stand ("appointment:&lt;id&gt;"), planned as a
 * coffee meeting is:
 * <pre>
 * ASKED      nothing  the contact: the newcomer's short profile; propose times → TIMES; decline
 * TIMES      buttons  the contact ticks up to three times → PLACE
 * PLACE      typing   a place or a video call → proposed → WAITING
 * WAITING    nothing  either side waits for the other
 * CHOOSING   buttons  the newcomer picks a time, asks for others, or calls it off
 * CONFIRMED  nothing  the card for both, a reminder the day before; the day after, the newcomer is
 *                     asked whether it took place and what came of it
 * </pre>
 * Every notice from the other side is handled in every state; a call-off ends both sides.
 */
public final class AppointmentConversation implements Conversation<SideData, AppointmentView> {
    public static final String KIND = "appointment";
    static final String ASKED = "ASKED";
    static final String TIMES = "TIMES";
    static final String PLACE = "PLACE";
    static final String WAITING = "WAITING";
    static final String CHOOSING = "CHOOSING";
    static final String CONFIRMED = "CONFIRMED";

    private static final States<SideData, AppointmentView> STATES = States.of(
            State.idle(ASKED, (d, v, in, ctx) -> on(ASKED, d, v, in, ctx)),
            State.of(TIMES, Expects.CHOICE, (d, v, ctx) -> List.of(AppointmentSteps.askTimes(d, v, ctx)),
                    (d, v, in, ctx) -> on(TIMES, d, v, in, ctx)),
            State.of(PLACE, Expects.TEXT, (d, v, ctx) -> List.of(AppointmentSteps.askPlace(v, ctx)),
                    (d, v, in, ctx) -> on(PLACE, d, v, in, ctx)),
            State.idle(WAITING, (d, v, in, ctx) -> on(WAITING, d, v, in, ctx)),
            State.of(CHOOSING, Expects.CHOICE, (d, v, ctx) -> List.of(AppointmentCard.choose(v, ctx)),
                    (d, v, in, ctx) -> on(CHOOSING, d, v, in, ctx)),
            State.idle(CONFIRMED, (d, v, in, ctx) -> on(CONFIRMED, d, v, in, ctx)));

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<SideData> dataType() {
        return SideData.class;
    }

    @Override
    public States<SideData, AppointmentView> states() {
        return STATES;
    }

    /** An organisation's contact need not have a Koppel profile, nor someone who came to a salon. */
    @Override
    public boolean withoutConsent() {
        return true;
    }

    @Override
    public AppointmentView view(Connection c, String key, SideData data, Input input, Context ctx) throws SQLException {
        return AppointmentView.read(c, Keys.number(key));
    }

    /** The contact's messages name the newcomer; the newcomer's name only the organisation. */
    @Override
    public Set<Long> about(SideData data, AppointmentView v, Context ctx) {
        return v != null && v.contactSide(ctx.personId()) && v.appointment().newcomer() != null
                ? Set.of(v.appointment().newcomer()) : Set.of();
    }

    @Override
    public Step<SideData> begin(AppointmentView v, Input input, Context ctx) {
        if (!(input instanceof Input.Event e && e.event() instanceof AppointmentNotice) || v == null) {
            return null;
        }
        return on(WAITING, SideData.NONE, v, input, ctx);
    }

    private static Step<SideData> on(String state, SideData d, AppointmentView v, Input in, Context ctx) {
        var t = ctx.texts();
        long me = ctx.personId();
        if (v == null || !(v.contactSide(me) || v.appointment().isNewcomer(me))) {
            return Step.end(new Say(t.t("salon.not_yours")));
        }
        if (in instanceof Input.Event e && e.event() instanceof AppointmentNotice n) {
            return notice(state, d, v, n.what(), ctx);
        }
        if (in instanceof Input.Job j) {
            return AppointmentCard.job(state, d, v, j.name(), ctx);
        }
        if (in instanceof Input.Choice c && c.action().equals(AppointmentCard.CANCEL)) {
            return v.appointment().status().open()
                    ? Step.end(new SalonChange.Cancelled(v.appointment().id()), Edit.clearButtons(),
                            new Say(t.t("salon.cancel_done")))
                    : Step.of(state, d, Edit.clearButtons());
        }
        if (in instanceof Input.Choice c && (c.action().startsWith("held:") || c.action().startsWith("res:"))) {
            return AppointmentCard.after(state, d, v, c.action(), ctx);
        }
        if (v.contactSide(me)) {
            return AppointmentSteps.contact(state, d, v, in, ctx);
        }
        return state.equals(CHOOSING) ? AppointmentCard.chosen(state, d, v, in, ctx) : null;
    }

    private static Step<SideData> notice(String state, SideData d, AppointmentView v, String what, Context ctx) {
        var t = ctx.texts();
        boolean contact = v.contactSide(ctx.personId());
        String org = v.stand().name();
        String name = AppointmentSteps.name(v, t);
        return switch (what) {
            case "requested" -> Step.of(ASKED, SideData.NONE, AppointmentSteps.request(v, ctx));
            case "other_times" -> AppointmentSteps.begin(v, ctx, t.t("salon.other_times", "name", name));
            case "proposed" -> Step.of(CHOOSING, SideData.NONE, AppointmentCard.choose(v, ctx));
            case "declined" -> Step.end(new Say(t.t("salon.declined", "org", org)));
            case "confirmed" -> Step.of(CONFIRMED, SideData.NONE, AppointmentCard.confirmed(v, ctx)
                    .toArray(org.koppel.conversation.Effect[]::new));
            case "cancelled" -> Step.end(new Unschedule(AppointmentCard.REMIND), new Say(contact
                    ? t.t("salon.cancelled_by_newcomer", "name", name, "org", org)
                    : t.t("salon.cancelled_by_org", "org", org)));
            default -> Step.of(state, d);
        };
    }
}
