package org.koppel.meeting;

import org.koppel.flow.Effect;

/** A request's outcome: accepted, declined or expired; only a request still open changes. */
public record MeetingAnswered(long meeting, String status) implements Effect {
}
