package org.koppel.vetting;

import org.koppel.conversation.Event;

/**
 * A coordinator's decision on one sending of a profile for review ({@code submission}; 0 for a
 * button from before sendings were named), for the volunteer's own conversation, which applies it
 * while that very profile is still pending.
 */
public record Reviewed(boolean approved, long submission) implements Event {
}
