package org.koppel.conversation;

/**
 * Something a step wants done. The engine carries out every effect of a step in the same
 * transaction as its new state: messages go to the outbox, events to the inbox of whom they
 * concern, jobs to the schedule, and a feature's own effects to that feature's writer.
 */
public interface Effect {
}
