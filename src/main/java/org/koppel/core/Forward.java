package org.koppel.core;

/** An event for another person, handed to that person's lane through the inbox. */
public record Forward(long to, Inbound.Event event) {
}
