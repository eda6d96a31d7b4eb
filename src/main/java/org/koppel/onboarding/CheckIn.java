package org.koppel.onboarding;

import java.util.List;
import org.koppel.flow.Button;
import org.koppel.flow.EditPressed;
import org.koppel.flow.FlowContext;
import org.koppel.flow.MeetingActions;
import org.koppel.flow.Say;
import org.koppel.flow.Step;
import org.koppel.flow.Tell;
import org.koppel.flow.Toast;
import org.koppel.meeting.CheckedIn;

/** Weeks after a meeting the newcomer is asked where they stand; the answer is counted, not chased. */
final class CheckIn {
    static final List<String> OUTCOMES = List.of("work", "placement", "study", "none");

    private CheckIn() {
    }

    static Step<Draft> ask(String state, Draft d, long meeting, FlowContext ctx) {
        String m36 = Long.toString(meeting, 36);
        long me = ctx.personId();
        return Step.of(state, d, new Tell(me, t -> new Say(t.t("checkin.ask", "name", d.firstName),
                OUTCOMES.stream().map(o -> List.of(new Button(t.t("checkin." + o),
                        MeetingActions.CHECK_IN + m36 + ":" + o))).toList())));
    }

    /** "ci:<meeting>:<outcome>" */
    static Step<Draft> answer(String state, Draft d, String action, FlowContext ctx) {
        String[] v = action.substring(MeetingActions.CHECK_IN.length()).split(":");
        if (v.length != 2 || !OUTCOMES.contains(v[1])) {
            return Step.of(state, d, new Toast(ctx.texts().t("callback.unknown")));
        }
        var t = ctx.texts();
        return Step.of(state, d, new CheckedIn(Long.parseLong(v[0], 36), v[1]),
                new EditPressed(t.t("checkin.ask", "name", d.firstName) + "\n\n✓ " + t.t("checkin." + v[1]), List.of(), true),
                new Say(t.t(v[1].equals("none") ? "checkin.thanks_none" : "checkin.thanks")));
    }
}
