package org.koppel.relay;

import org.koppel.conversation.Effect;

/** A message passed on to the other side of a meeting, kept so it can be reported. */
public record Relayed(long to, long meeting, String fromName, String text) implements Effect {
}
