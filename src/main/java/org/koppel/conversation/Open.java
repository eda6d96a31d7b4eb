package org.koppel.conversation;

/**
 * Go on in another conversation of the same person in this same step: the one under {@code key}
 * gets the input, beginning if the person does not hold it yet. The person's role choice opens
 * the profile this way.
 */
public record Open(String key, Input input) implements Effect {
}
