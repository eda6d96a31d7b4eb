package org.koppel.core;

import java.util.ArrayList;
import java.util.List;
import org.koppel.flow.MeetingActions;
import org.koppel.i18n.Texts;

/**
 * A volunteer's Accept, Decline or Pause on a meeting request. It travels as an event to the
 * newcomer's lane, whose flow applies it only to the request it is still waiting for; Pause also
 * goes to the volunteer's own lane to stop further requests.
 */
final class MeetingAnswer {
    private MeetingAnswer() {
    }

    static Outcome decide(PersonState volunteer, Update u, Inbound.Press press, String action, Texts texts) {
        String[] parts = action.split(":");
        long meeting;
        long newcomer;
        try {
            meeting = Long.parseLong(parts[2], 36);
            newcomer = Long.parseLong(parts[3], 36);
        } catch (RuntimeException e) {
            return Outcome.standingPress(volunteer, press, texts.t("callback.unknown"), List.of());
        }
        String answer = parts[1];
        List<Forward> forwards = new ArrayList<>();
        forwards.add(new Forward(newcomer, new Inbound.Event(MeetingActions.ANSWER,
                Long.toString(meeting, 36) + ":" + answer + ":" + u.personId(), u.personId())));
        if (answer.equals(MeetingActions.PAUSE)) {
            forwards.add(new Forward(u.personId(), new Inbound.Event(MeetingActions.PAUSED, "", u.personId())));
        }
        return Outcome.standingPress(volunteer, press, texts.t("meet.answer_sent"), List.copyOf(forwards));
    }
}
