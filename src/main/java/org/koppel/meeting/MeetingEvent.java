package org.koppel.meeting;

import org.koppel.conversation.Event;

/** A meeting changed (or a command on it was refused): each side's conversation reads the meeting and says so. */
public record MeetingEvent(long meeting, Change change, long by, String why) implements Event {
}
