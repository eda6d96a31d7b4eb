package org.koppel.meeting;

import org.koppel.flow.Effect;

/** A person reported a relayed message; matching never pairs the two again. */
public record Reported(long reported, long meeting, long relaySentAt) implements Effect {
}
