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

    static Outcome nothing() {
        return new Outcome(PersonState.NEW, false, List.of(), List.of(), List.of(), List.of());
    }
}
