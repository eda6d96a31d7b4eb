package org.koppel.relay;

import org.koppel.conversation.Effect;

/**
 * A person reported a relayed message: stored under its id (the coordinators' buttons name it)
 * with the reported text; matching never pairs the two again.
 */
public record Reported(long id, long reported, long meeting, long relaySentAt, String text) implements Effect {
}
