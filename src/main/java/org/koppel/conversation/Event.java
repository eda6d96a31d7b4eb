package org.koppel.conversation;

/**
 * A typed record one conversation sends another (of the same or another person) through the
 * inbox. Each feature names its event types when it is wired, so stored events survive a
 * class being renamed.
 */
public interface Event {
}
