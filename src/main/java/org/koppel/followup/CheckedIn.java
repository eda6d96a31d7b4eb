package org.koppel.followup;

import org.koppel.conversation.Effect;

/** The newcomer's answer weeks after a meeting: work, placement, study or none yet. */
public record CheckedIn(long meeting, String outcome) implements Effect {
}
