package org.koppel.community;

import org.koppel.conversation.Event;

/**
 * What came of a join or an appointment, for the person it concerns: "member" or "key_person"
 * when it took effect, "taken" when the single-use invite had been used by someone else first.
 */
public record CommunityEvent(long community, String outcome) implements Event {
}
