package org.koppel.core;

/** A message waiting in the outbox, or a transient one that is never stored. */
public record OutboxRow(long id, long chatId, Outgoing message) {
    /** The id of a message sent once and not stored, such as a press answer. */
    public static final long TRANSIENT = 0;
}
