package org.koppel.meeting;

import org.koppel.conversation.Event;

/**
 * A meeting changed (or a command on it was refused): each side's conversation reads the meeting
 * and says so. plan is the meeting's {@link Meeting#plan()} right after this change (0 when not
 * known), so a side that reads the meeting only after its plan moved on again can pass this one
 * over: the event of the later change follows.
 */
public record MeetingEvent(long meeting, Change change, long by, String why, int plan) implements Event {
}
