package org.koppel.core;

import java.util.List;
import org.koppel.flow.ReviewActions;
import org.koppel.i18n.Texts;

/**
 * A coordinator's Approve or Reject on a volunteer. The decision travels as an event to the
 * volunteer's own lane, where their flow applies it only while they are still pending, so a
 * second press (or a second coordinator) changes nothing.
 */
final class Review {
    private Review() {
    }

    static Outcome decide(PersonState coordinator, Update u, Inbound.Press press, String action, Texts texts) {
        boolean approve = action.startsWith(ReviewActions.APPROVE);
        if (!approve && !action.startsWith(ReviewActions.REJECT)) {
            return reply(coordinator, press, texts.t("callback.unknown"), List.of());
        }
        long volunteer;
        try {
            volunteer = Long.parseLong(action.substring(ReviewActions.APPROVE.length()));
        } catch (NumberFormatException e) {
            return reply(coordinator, press, texts.t("callback.unknown"), List.of());
        }
        Forward decision = new Forward(volunteer, new Inbound.Event(ReviewActions.EVENT, approve ? "approve" : "reject", u.personId()));
        return reply(coordinator, press, texts.t(approve ? "review.approved" : "review.rejected"), List.of(decision));
    }

    private static Outcome reply(PersonState st, Inbound.Press press, String notice, List<Forward> forwards) {
        List<Outgoing> out = forwards.isEmpty() ? List.of(new Outgoing.Answer(press.pressId(), notice))
                : List.of(new Outgoing.Answer(press.pressId(), notice), new Outgoing.Edit(press.messageRef(), null, List.of()));
        return new Outcome(st, false, List.of(), out, List.of(), forwards);
    }
}
