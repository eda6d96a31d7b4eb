package org.koppel.event;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.koppel.conversation.Attachment;
import org.koppel.conversation.Context;
import org.koppel.conversation.Conversation;
import org.koppel.conversation.Effect;
import org.koppel.conversation.Input;
import org.koppel.conversation.Keys;
import org.koppel.conversation.Say;
import org.koppel.conversation.Schedule;
import org.koppel.conversation.State;
import org.koppel.conversation.States;
import org.koppel.conversation.Step;
import org.koppel.conversation.Toast;
import org.koppel.conversation.Unschedule;

/**
 * One guest's side of one event ("event:&lt;id&gt;"), begun by a press on the invitation or by
 * the check-in link:
 * <pre>
 * GUEST  nothing  Going → the event in their language with a calendar file, a reminder the day
 *                 before; Not going → noted; check in → welcome; the organiser's update or
 *                 cancellation is passed on (a cancellation ends it)
 * </pre>
 */
public final class GuestConversation implements Conversation<GuestConversation.Data, GuestView> {
    public static final String KIND = "event";
    static final String GUEST = "GUEST";
    static final String GOING = "going";
    static final String NOT_GOING = "no";
    public static final String CHECK_IN = "checkin";
    static final String REMIND = "remind";

    /** Nothing beyond the key: the answer lives in event_guest. */
    public record Data() {
    }

    private static final States<Data, GuestView> STATES = States.of(State.idle(GUEST, GuestConversation::guest));

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<Data> dataType() {
        return Data.class;
    }

    @Override
    public States<Data, GuestView> states() {
        return STATES;
    }

    /** Someone who has not (yet) agreed to a profile can still come to an event and be checked in. */
    @Override
    public boolean withoutConsent() {
        return true;
    }

    @Override
    public GuestView view(Connection c, String key, Data data, Input input, Context ctx) throws SQLException {
        return GuestView.read(c, Keys.number(key), ctx.personId());
    }

    @Override
    public Step<Data> begin(GuestView v, Input input, Context ctx) {
        return input instanceof Input.Choice || input instanceof Input.Begin ? guest(new Data(), v, input, ctx) : null;
    }

    private static Step<Data> guest(Data d, GuestView v, Input in, Context ctx) {
        var t = ctx.texts();
        if (v == null) {
            return Step.end(new Say(t.t("event.gone")));
        }
        Event e = v.event();
        if (in instanceof Input.Event ev && ev.event() instanceof EventNotice n) {
            return notice(d, v, n, ctx);
        }
        if (in instanceof Input.Job j && EventFollowUp.AFTER.equals(j.name())) {
            return e.cancelled() ? Step.of(GUEST, d) : Step.of(GUEST, d, EventFollowUp.askAppointment(e, t));
        }
        if (in instanceof Input.Job j && (EventFollowUp.WEEKS_2.equals(j.name()) || EventFollowUp.WEEKS_6.equals(j.name()))
                && EventFollowUp.WITH.contains(j.payload())) {
            return Step.of(GUEST, d, EventFollowUp.askResult(e, j.payload(), t));
        }
        if (in instanceof Input.Choice c && c.action().startsWith("appt:")
                && EventFollowUp.WITH.contains(c.action().substring(5))) {
            return Step.of(GUEST, d, EventFollowUp.appointment(e, c.action().substring(5), ctx).toArray(Effect[]::new));
        }
        if (in instanceof Input.Choice c && c.action().startsWith("res:")
                && EventFollowUp.RESULTS.contains(c.action().substring(4))) {
            return Step.of(GUEST, d, EventFollowUp.result(e, c.action().substring(4), ctx).toArray(Effect[]::new));
        }
        if (in instanceof Input.Job j && REMIND.equals(j.name())) {
            return Step.of(GUEST, d, remind(v, ctx).toArray(Effect[]::new));
        }
        String action = in instanceof Input.Choice c ? c.action() : in instanceof Input.Begin ? CHECK_IN : "";
        if (e.cancelled() && !action.isEmpty()) {
            return Step.end(new Say(t.t("event.is_cancelled", "name", e.name())));
        }
        return switch (action) {
            case GOING -> full(v) ? Step.of(GUEST, d, new Say(t.t("event.full", "name", e.name())))
                    : Step.of(GUEST, d, going(v, ctx).toArray(Effect[]::new));
            case NOT_GOING -> Step.of(GUEST, d, new EventChange.Answered(e.id(), false), new Unschedule(REMIND),
                    new Toast(t.t("event.noted")), new Say(t.t("event.not_going", "name", e.name())));
            case CHECK_IN -> Step.of(GUEST, d, new EventChange.CheckedIn(e.id()),
                    new Say(t.t("event.checked_in", "name", e.name())), EventFollowUp.afterCheckIn(e, ctx));
            case "no_checkin" -> Step.end(new Say(t.t("event.checkin_no")));
            default -> null;
        };
    }

    /**
     * The day before; a reminder that only runs on the day itself (the bot was down, say) says
     * "today", and one after the start says nothing.
     */
    private static List<Effect> remind(GuestView v, Context ctx) {
        Event e = v.event();
        var start = e.start().atZone(e.zoneId());
        if (!GOING.equals(v.answer()) || e.cancelled() || !start.toInstant().isAfter(ctx.now())) {
            return List.of();
        }
        boolean today = ctx.now().atZone(e.zoneId()).toLocalDate().equals(start.toLocalDate());
        var t = ctx.texts();
        return List.of(new Say(t.t(today ? "event.reminder_today" : "event.reminder") + "\n\n"
                + EventText.details(e, v.room(), t)));
    }

    /** No place left for someone not already going (the writer checks again, for two presses at once). */
    private static boolean full(GuestView v) {
        Integer capacity = v.event().capacity();
        return capacity != null && !GOING.equals(v.answer()) && v.going() >= capacity;
    }

    /** Going: stored, the details and calendar file in their language, and a reminder a day ahead. */
    private static List<Effect> going(GuestView v, Context ctx) {
        var t = ctx.texts();
        Event e = v.event();
        List<Effect> out = new ArrayList<>();
        out.add(new EventChange.Answered(e.id(), true));
        out.add(new Toast(t.t("event.noted")));
        out.add(new Say(t.t("event.going", "name", e.name()) + "\n\n" + EventText.details(e, v.room(), t), List.of(),
                new Attachment("koppel-event.ics", EventText.ics(e, v.room(), t, ctx.now()))));
        Instant remind = e.start().atZone(e.zoneId()).minusDays(1).toInstant();
        if (remind.isAfter(ctx.now())) {
            out.add(Schedule.here(REMIND, "", remind));
        }
        return out;
    }

    private static Step<Data> notice(Data d, GuestView v, EventNotice n, Context ctx) {
        var t = ctx.texts();
        Event e = v.event();
        return switch (n.what()) {
            case "update" -> Step.of(GUEST, d, new Say(t.t("event.update", "name", e.name(), "text", n.text())
                    + "\n\n" + EventText.details(e, v.room(), t)));
            case "cancelled" -> Step.end(new Say(t.t("event.cancelled", "name", e.name())));
            case "full" -> Step.of(GUEST, d, new Unschedule(REMIND), new Say(t.t("event.full", "name", e.name())));
            default -> Step.of(GUEST, d);
        };
    }

    /** The update and reminder messages show the event, which names no one. */
    @Override
    public Set<Long> about(Data data, GuestView view, Context ctx) {
        return Set.of();
    }

}
