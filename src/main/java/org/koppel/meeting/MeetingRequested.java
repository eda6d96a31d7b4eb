package org.koppel.meeting;

import org.koppel.flow.Effect;

/** A volunteer has been asked to meet the newcomer; reasons are stored as JSON for coordinators. */
public record MeetingRequested(long meeting, long volunteer, String reasons) implements Effect {
}
