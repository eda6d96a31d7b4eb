package org.koppel.conversation;

import java.time.Instant;

/**
 * Be woken later: at {@code due}, {@link Input.Job} with this name and payload reaches the
 * person's conversation {@code key} (null: the one taking this step), beginning it if it is gone
 * and its kind wants that. Replaces a pending job of the same name there, so a moved meeting's
 * reminder never fires twice.
 */
public record Schedule(String key, String name, String payload, Instant due) implements Effect {
    public static Schedule here(String name, String payload, Instant due) {
        return new Schedule(null, name, payload, due);
    }
}
