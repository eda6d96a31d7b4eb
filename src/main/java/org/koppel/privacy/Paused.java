package org.koppel.privacy;

import org.koppel.conversation.Effect;

/** /pause and /resume: no broadcasts and no meeting requests while paused. */
public record Paused(boolean paused) implements Effect {
}
