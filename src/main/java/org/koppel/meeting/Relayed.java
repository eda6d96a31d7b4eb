package org.koppel.meeting;

import org.koppel.flow.Effect;

/** A message passed on to the other side of a meeting, kept so it can be reported. */
public record Relayed(long to, long meeting, String fromName, String text) implements Effect {
}
