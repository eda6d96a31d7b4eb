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
            return Outcome.standingPress(coordinator, press, texts.t("callback.unknown"), List.of());
        }
        long volunteer;
        try {
            volunteer = Long.parseLong(action.substring(ReviewActions.APPROVE.length()));
        } catch (NumberFormatException e) {
            return Outcome.standingPress(coordinator, press, texts.t("callback.unknown"), List.of());
        }
        Forward decision = new Forward(volunteer, new Inbound.Event(ReviewActions.EVENT, approve ? "approve" : "reject", u.personId()));
        return Outcome.standingPress(coordinator, press, texts.t(approve ? "review.approved" : "review.rejected"), List.of(decision));
    }
}
