package org.koppel.core;

import java.util.Map;
import java.util.Optional;

/** What the engine keeps per person between updates: who they are and their conversations by key. */
public record PersonState(Person person, Map<String, Conv> conversations) {
    static final PersonState NEW = new PersonState(null, Map.of());

    public PersonState {
        conversations = Map.copyOf(conversations);
    }

    public boolean known() {
        return person != null;
    }

    /** The conversation that asked last and still waits for an answer. */
    public Optional<Conv> focused() {
        return conversations.values().stream().filter(c -> c.asked() > 0)
                .max(java.util.Comparator.comparingLong(Conv::asked));
    }

    public Conv conversation(String key) {
        return conversations.get(key);
    }
}
