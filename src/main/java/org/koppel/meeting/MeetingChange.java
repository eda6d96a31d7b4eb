package org.koppel.meeting;

import org.koppel.conversation.Effect;

/**
 * Apply a command to a meeting in the step's own write, where {@link Meetings} decides against
 * the meeting as stored; replyKey is the asker's conversation, told when it did not apply.
 */
public record MeetingChange(long meeting, MeetingCommand command, String replyKey) implements Effect {
}
