package org.koppel.meeting;

import org.koppel.flow.Effect;

/** The newcomer's answer weeks after a meeting: work, placement, study or none yet. */
public record CheckedIn(long meeting, String outcome) implements Effect {
}
