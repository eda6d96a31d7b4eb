package org.koppel.core;

/**
 * What the engine and delivery report for monitoring. The core only calls it, so it never
 * depends on a metrics library; the application counts (ops, for /metrics) or leaves {@link #NONE}.
 */
public interface Metrics {
    /** Counts nothing: for tests and callers that do not monitor. */
    Metrics NONE = new Metrics() {
    };

    /** An update, event or due job was handled and committed, this many nanoseconds after its lane took it. */
    default void handled(long nanos) {
    }

    /** Handling an update failed; the person got the failure reply instead. */
    default void failed() {
    }

    /** A message (reply, edit, picture or press answer) was accepted by Telegram or the terminal. */
    default void sent() {
    }
}
