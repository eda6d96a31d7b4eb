package org.koppel.flow;

/**
 * A question the flow cannot answer from its own data, such as "who is the best volunteer for
 * me now". The engine asks its {@link Lookup} and hands the answer back to the flow as an
 * {@link Input.Event} in the same step, so the flow itself stays free of I/O.
 */
public record Ask(String what) implements Effect {
}
