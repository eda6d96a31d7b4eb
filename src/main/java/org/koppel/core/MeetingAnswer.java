package org.koppel.core;

import java.util.ArrayList;
import java.util.List;
import org.koppel.flow.MeetingActions;
import org.koppel.i18n.Texts;

/**
 * Presses on buttons that outlive a conversation step: a volunteer's Accept, Decline or Pause on a
 * meeting request, a meeting card's buttons and Report on a relayed message. Each travels as an
 * event to the lane that owns what it changes: the newcomer's for the meeting (applied only while
 * it is still what the button was made for), the presser's own for Pause and Report.
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

    /** Reschedule, Cancel or Share on a meeting card, pressed by either side: the newcomer's lane decides. */
    static Outcome card(PersonState presser, Update u, Inbound.Press press, String action, Texts texts) {
        String[] parts = action.split(":");
        long newcomer;
        try {
            Long.parseLong(parts[2], 36);
            newcomer = Long.parseLong(parts[3], 36);
        } catch (RuntimeException e) {
            return Outcome.standingPress(presser, press, texts.t("callback.unknown"), List.of());
        }
        Forward f = new Forward(newcomer, new Inbound.Event(MeetingActions.CARD_EVENT,
                parts[2] + ":" + parts[1] + ":" + u.personId(), u.personId()));
        // sharing leaves the card as it is; moving or cancelling makes it history
        return Outcome.standingPress(presser, press, texts.t("press.noted"), List.of(f),
                !parts[1].equals(MeetingActions.SHARE) && !parts[1].equals(MeetingActions.ATTEND));
    }

    /** Report on a relayed message: the reporter's own lane looks it up and tells the coordinators. */
    static Outcome report(PersonState reporter, Update u, Inbound.Press press, String action, Texts texts) {
        String[] parts = action.split(":");
        String value;
        try {
            value = Long.parseLong(parts[1], 36) + ":" + Long.parseLong(parts[2], 36);
        } catch (RuntimeException e) {
            return Outcome.standingPress(reporter, press, texts.t("callback.unknown"), List.of());
        }
        Forward f = new Forward(u.personId(), new Inbound.Event(MeetingActions.REPORT_EVENT, value, u.personId()));
        return Outcome.standingPress(reporter, press, texts.t("press.noted"), List.of(f));
    }
}
