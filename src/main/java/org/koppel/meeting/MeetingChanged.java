package org.koppel.meeting;

import org.koppel.flow.Effect;

/**
 * What happens to an accepted meeting, written by the newcomer's lane, which owns the meeting.
 * Each change applies only from the status it expects, so a late or repeated press changes nothing.
 */
public sealed interface MeetingChanged extends Effect {
    long meeting();

    /** The newcomer picked one of the proposed times; place null means a video call. */
    record Confirmed(long meeting, String startsAt, String zone, String place) implements MeetingChanged {
    }

    /** Someone asked to move the meeting: it goes back to waiting for new times. */
    record Replanned(long meeting) implements MeetingChanged {
    }

    /** Called off by one side; it no longer counts against the volunteer's monthly capacity. */
    record Cancelled(long meeting, long by) implements MeetingChanged {
    }

    /** One side chose to share their Telegram contact. */
    record ContactShared(long meeting, boolean volunteerSide) implements MeetingChanged {
    }
}
