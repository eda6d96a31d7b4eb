package org.koppel.meeting;

/** What happened to a meeting, as both its people's conversations are told. */
public enum Change {
    REQUESTED, ACCEPTED, DECLINED, EXPIRED, PROPOSED, REPLANNED, CONFIRMED, CANCELLED, SHARED, ATTENDING, CLOSED,
    /** The command did not apply: the meeting is no longer what the asker saw. */
    REJECTED
}
