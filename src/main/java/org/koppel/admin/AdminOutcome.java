package org.koppel.admin;

import org.koppel.conversation.Event;

/**
 * What really happened to a coordinator's change that only the write can decide, sent back to
 * the conversation that asked: of two people opening one coordinator link, or two coordinators
 * marking one report handled, only the first succeeds, and only they are told so.
 *
 * @param done whether this person's change took effect
 * @param other the coordinator to tell as well (who made the link), or 0
 * @param name the first name to tell them, or null
 */
public record AdminOutcome(String what, boolean done, long other, String name) implements Event {
}
