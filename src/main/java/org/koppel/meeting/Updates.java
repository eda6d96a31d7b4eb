package org.koppel.meeting;

import java.util.ArrayList;
import java.util.List;
import org.koppel.conversation.Context;
import org.koppel.conversation.Effect;
import org.koppel.conversation.Input;
import org.koppel.conversation.Keys;
import org.koppel.conversation.Open;
import org.koppel.conversation.Say;
import org.koppel.conversation.Step;
import org.koppel.conversation.Unschedule;

/**
 * What every state of a meeting's side does alike: tell the person of each change of the
 * meeting, take the card's standing buttons, and run the jobs (expiry, reminders, the hand-over
 * to the follow-up), each checked against the meeting as it is when it fires.
 */
final class Updates {
    /** Why a meeting is called off when the volunteer sent no times in time. */
    static final String QUIET = "quiet";
    private final String followUpKind;

    Updates(String followUpKind) {
        this.followUpKind = followUpKind;
    }

    Step<SideData> on(String state, SideData d, MeetingView v, Input in, Context ctx, MeetingConversation.Own own) {
        if (v == null) {
            return Step.end();
        }
        if (in instanceof Input.Choice c && Card.takes(c.action())) {
            return Card.press(state, d, v, c.action(), ctx);
        }
        if (in instanceof Input.Event e && e.event() instanceof MeetingEvent m && m.meeting() == v.meeting().id()) {
            return changed(state, d, v, m, ctx);
        }
        if (in instanceof Input.Job j) {
            return due(state, d, v, j, ctx);
        }
        return own.on(state, d, v, in, ctx);
    }

    private static Step<SideData> changed(String state, SideData d, MeetingView v, MeetingEvent m, Context ctx) {
        long me = ctx.personId();
        boolean volunteer = v.volunteerSide(me);
        var t = ctx.texts();
        String other = SearchConversation.name(v.otherName(me), t);
        if (replaced(m, v.meeting())) {
            return Step.of(state, d);
        }
        return switch (m.change()) {
            case ACCEPTED -> volunteer ? Planning.begin(v, ctx).after(List.of(new Unschedule(Asked.EXPIRE)))
                    : Step.of(state, d);
            case DECLINED, EXPIRED -> Step.end();
            case PROPOSED -> volunteer ? Step.of(MeetingConversation.WAITING, d, new Say(t.t("plan.sent", "name", other)))
                    : new Step<>(MeetingConversation.CHOOSING, d, Choosing.ask(d, v, ctx));
            case REPLANNED -> replanned(v, volunteer, other, ctx);
            case CONFIRMED -> v.meeting().status() == Meeting.Status.CONFIRMED ? confirmed(v, ctx) : Step.of(state, d);
            case CANCELLED -> Step.end(Notices.cancelled(v, m, ctx));
            case SHARED -> Step.of(state, d, Notices.shared(v, m, ctx).toArray(Effect[]::new));
            case ATTENDING -> Step.of(state, d, new Say(m.by() == me ? t.t("meet.attend_thanks")
                    : t.t("meet.attend_other", "name", other)));
            case REJECTED -> m.by() == me ? Notices.refused(state, d, v, m, ctx) : Step.of(state, d);
            default -> Step.of(state, d);
        };
    }

    /** A change of plan read after the plan moved on again: the later change's own event follows. */
    private static boolean replaced(MeetingEvent e, Meeting now) {
        boolean planning = switch (e.change()) {
            case ACCEPTED, PROPOSED, REPLANNED, CONFIRMED -> true;
            default -> false;
        };
        return planning && e.plan() != 0 && e.plan() < now.plan();
    }

    private static Step<SideData> replanned(MeetingView v, boolean volunteer, String other, Context ctx) {
        List<Effect> effects = new ArrayList<>(List.of(new Unschedule(null)));
        if (volunteer) {
            return Planning.begin(v, ctx).after(effects);
        }
        String key = switch (v.meeting().why()) {
            case "other_times" -> "meet.other_asked";
            case "reschedule_asked" -> "meet.reschedule_asked";
            default -> "meet.rescheduled_by_other";
        };
        effects.add(Card.waiting(ctx.texts().t(key, "name", other), ctx));
        return new Step<>(MeetingConversation.WAITING, SideData.NONE, effects);
    }

    private static Step<SideData> confirmed(MeetingView v, Context ctx) {
        List<Effect> effects = new ArrayList<>(List.of(Card.say(v, ctx)));
        effects.addAll(Reminders.schedule(v.meeting(), ctx));
        return new Step<>(MeetingConversation.CONFIRMED, SideData.NONE, effects);
    }

    private Step<SideData> due(String state, SideData d, MeetingView v, Input.Job j, Context ctx) {
        Meeting m = v.meeting();
        if (j.name().equals(Asked.EXPIRE)) {
            return state.equals(MeetingConversation.ASKED)
                    ? Step.of(state, d, new MeetingChange(m.id(), new MeetingCommand.Expire(0), null)) : Step.of(state, d);
        }
        if (j.name().equals(Planning.EXPIRE)) {
            boolean planning = state.equals(MeetingConversation.TIMES) || state.equals(MeetingConversation.PLACE);
            return planning ? Step.of(state, d, new MeetingChange(m.id(), new MeetingCommand.Cancel(0, QUIET, -1), null))
                    : Step.of(state, d);
        }
        if (j.name().startsWith(Reminders.REMIND)) {
            return Reminders.remind(state, d, v, j.payload(), ctx);
        }
        // the other side may already have said whether it took place: this side is still asked
        boolean current = switch (m.status()) {
            case CONFIRMED, HELD, NOT_HELD, NO_SHOW -> Integer.toString(m.round()).equals(j.payload());
            default -> false;
        };
        if (j.name().equals(Reminders.FOLLOW_UP) && current) {
            return Step.end(new Open(Keys.of(followUpKind, m.id()), new Input.Begin()));
        }
        return Step.of(state, d);
    }
}
