package org.koppel.onboarding;

import java.util.List;
import org.koppel.flow.FlowContext;
import org.koppel.flow.Input;
import org.koppel.flow.Step;

/**
 * What both flows handle the same way whatever state they are in: community steps, reports on
 * relayed messages, follow-up answers, a /message being written and the follow-up's comment.
 * Each flow asks here first and goes on with its own states when this takes nothing (null).
 */
final class Beside {
    private Beside() {
    }

    /**
     * @param idle whether the flow's state expects no typing of its own, so text may be the
     *             follow-up's comment
     * @param partners whom /message can write to
     */
    static Step<Draft> step(String state, Draft d, Input input, FlowContext ctx, boolean idle, List<Partner> partners) {
        if (CommunitySteps.takes(d, input)) {
            return CommunitySteps.handle(state, d, input, ctx);
        }
        if (input instanceof Input.Event e && Relay.concerns(e)) {
            return Relay.report(state, d, e, ctx);
        }
        if (input instanceof Input.Event e && FollowUp.concerns(e)) {
            return FollowUp.event(state, d, e, ctx);
        }
        if (Relay.composing(d, input)) {
            return Relay.compose(state, d, input, ctx);
        }
        if (idle && FollowUp.commenting(d, input)) {
            return FollowUp.comment(state, d, (Input.Text) input, ctx);
        }
        if (input instanceof Input.Command c && c.name().equals(Relay.COMMAND)) {
            return Relay.start(state, d, partners, ctx);
        }
        if (Relay.picks(input)) {
            return Relay.pick(state, d, (Input.Choice) input, partners, ctx);
        }
        return null;
    }
}
