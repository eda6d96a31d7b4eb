package org.koppel.core;

import java.util.List;
import org.koppel.flow.Effect;

/**
 * Everything one update changes, written in one transaction: the person's new state (null
 * parts when the person asked to be deleted), domain effects, and the messages to send.
 */
public record Outcome(PersonState state, boolean deleted, List<Effect> effects, List<Outgoing> outgoing) {
}
