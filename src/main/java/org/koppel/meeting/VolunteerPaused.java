package org.koppel.meeting;

import org.koppel.flow.Effect;

/** The volunteer asked for no more requests for now. */
public record VolunteerPaused(boolean paused) implements Effect {
}
