package org.koppel.relay;

import org.koppel.conversation.Effect;

/** A person reported a relayed message; matching never pairs the two again. */
public record Reported(long reported, long meeting, long relaySentAt) implements Effect {
}
