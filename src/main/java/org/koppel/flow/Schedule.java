package org.koppel.flow;

import java.time.Instant;

/**
 * Ask to be woken later: at {@code due} the flow receives {@link Input.Event} with name
 * "job:" + kind and this value. Replaces any pending job of the same kind for the person when
 * {@code replace} is set, so a rescheduled reminder never fires twice.
 */
public record Schedule(String kind, String value, Instant due, boolean replace) implements Effect {
    public static final String EVENT_PREFIX = "job:";
}
