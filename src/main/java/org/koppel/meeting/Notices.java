package org.koppel.meeting;

import java.util.ArrayList;
import java.util.List;
import org.koppel.conversation.Button;
import org.koppel.conversation.Context;
import org.koppel.conversation.Effect;
import org.koppel.conversation.Say;
import org.koppel.conversation.Step;

/** What each side is told when a meeting is called off, a contact is shared, or a press came too late. */
final class Notices {
    private Notices() {
    }

    static List<Effect> cancelled(MeetingView v, MeetingEvent e, Context ctx) {
        var t = ctx.texts();
        long me = ctx.personId();
        String other = SearchConversation.name(v.otherName(me), t);
        String text;
        if (e.by() == me) {
            text = t.t("meet.cancelled_self", "name", other);
        } else if ("coordinator".equals(e.why())) {
            text = t.t("meet.cancelled_coordinator", "name", other);
        } else if ("left".equals(e.why())) {
            text = t.t("meet.cancelled_left");
        } else if (Updates.QUIET.equals(e.why())) {
            text = t.t(v.volunteerSide(me) ? "plan.expired" : "meet.expired_planning", "name", other);
        } else {
            text = t.t("meet.cancelled_other", "name", other);
        }
        if (v.volunteerSide(me)) {
            return List.of(new Say(text));
        }
        return List.of(new Say(text, List.of(List.of(Button.to(SearchConversation.KIND, t.t("meet.button"), "go")))));
    }

    /** Each side's choice is recorded; only the second one gives each a way to open a chat with the other. */
    static List<Effect> shared(MeetingView v, MeetingEvent e, Context ctx) {
        var t = ctx.texts();
        long me = ctx.personId();
        Meeting m = v.meeting();
        Long otherId = m.other(me);
        String other = SearchConversation.name(v.otherName(me), t);
        if (m.newcomerShares() && m.volunteerShares() && otherId != null) {
            return List.of(new Say(t.t("contact.both", "name", other), List.of(List.of(
                    Button.link(t.t("button.open_chat", "name", other), "tg://user?id=" + otherId)))));
        }
        List<Effect> out = new ArrayList<>();
        if (e.by() == me) {
            out.add(new Say(t.t("contact.waiting", "name", other)));
        } else {
            out.add(new Say(t.t("contact.offered", "name", other)));
        }
        return out;
    }

    /** A command of this person that no longer applied: say why, and ask again where that helps. */
    static Step<SideData> refused(String state, SideData d, MeetingView v, MeetingEvent e, Context ctx) {
        var t = ctx.texts();
        if ("passed".equals(e.why()) && v.meeting().status() == Meeting.Status.PROPOSED) {
            return new Step<>(MeetingConversation.CHOOSING, d, Choosing.ask(d, v, ctx))
                    .after(List.of(new Say(t.t("meet.slot_passed"))));
        }
        if ("already".equals(e.why())) {
            return Step.of(state, d, new Say(t.t("contact.already")));
        }
        return Step.of(state, d, new Say(t.t("meet.card_old")));
    }
}
