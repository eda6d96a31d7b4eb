package org.koppel.vetting;

import org.koppel.conversation.Event;

/** A coordinator's decision, for the volunteer's own conversation, which applies it while still pending. */
public record Reviewed(boolean approved) implements Event {
}
