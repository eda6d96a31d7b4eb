package org.koppel.core;

/** A message waiting in the outbox. */
public record OutboxRow(long id, long chatId, Outgoing message) {
}
