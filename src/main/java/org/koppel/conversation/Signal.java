package org.koppel.conversation;

/**
 * An event for a conversation of another person (or another conversation of this one): it
 * arrives there as {@link Input.Event}, handled in that person's own order, and is stored with
 * this step so a crash cannot lose it. A conversation the receiver does not hold may begin from it.
 */
public record Signal(long to, String key, Event event) implements Effect {
}
