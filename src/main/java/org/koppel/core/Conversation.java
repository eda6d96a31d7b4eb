package org.koppel.core;

/**
 * Where a person is: the flow and state by name, the flow's data as JSON with its version, and
 * seq, which numbers the live keyboard so presses on older ones are recognised.
 */
public record Conversation(String flow, String state, String data, int version, long seq) {
}
