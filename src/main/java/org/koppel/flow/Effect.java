package org.koppel.flow;

/**
 * Something a step wants done. The engine writes every effect of a step in the same transaction
 * as the step's new state: messages go to the outbox, domain effects to their tables.
 */
public interface Effect {
}
