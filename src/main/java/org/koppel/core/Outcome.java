package org.koppel.core;

import java.util.List;
import org.koppel.flow.Effect;
import org.koppel.flow.Tell;

/**
 * Everything one update changes, written in one transaction: the person's new state (null
 * parts when the person asked to be deleted or the update concerned nobody known), domain
 * effects, the messages to send to the person, messages to others (rendered in their language
 * by the engine), and events for others, which go through their own lane via the inbox.
 */
public record Outcome(PersonState state, boolean deleted, List<Effect> effects, List<Outgoing> outgoing,
                      List<Tell> tells, List<Forward> forwards) {

    /**
     * A press on a standing button: the notice answers it; when it passes something on, the
     * buttons are taken away so the same message cannot be pressed again.
     */
    static Outcome standingPress(PersonState st, Inbound.Press press, String notice, List<Forward> forwards) {
        return standingPress(st, press, notice, forwards, !forwards.isEmpty());
    }

    /** As above, with the buttons kept when the same message may rightly be pressed again. */
    static Outcome standingPress(PersonState st, Inbound.Press press, String notice, List<Forward> forwards,
                                 boolean clear) {
        List<Outgoing> out = !clear ? List.of(new Outgoing.Answer(press.pressId(), notice))
                : List.of(new Outgoing.Answer(press.pressId(), notice), new Outgoing.Edit(press.messageRef(), null, List.of()));
        return new Outcome(st, false, List.of(), out, List.of(), forwards);
    }

    static Outcome nothing() {
        return new Outcome(PersonState.NEW, false, List.of(), List.of(), List.of(), List.of());
    }
}
