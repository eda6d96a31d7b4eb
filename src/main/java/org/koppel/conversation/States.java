package org.koppel.conversation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A conversation's table of states, by name. */
public final class States<D, V> {
    private final Map<String, State<D, V>> byName = new LinkedHashMap<>();

    @SafeVarargs
    public static <D, V> States<D, V> of(State<D, V>... rows) {
        States<D, V> s = new States<>();
        for (State<D, V> row : rows) {
            if (s.byName.put(row.name(), row) != null) {
                throw new IllegalArgumentException("state " + row.name() + " appears twice");
            }
        }
        return s;
    }

    /** The state of this name; a name a later release no longer has is an error the engine reports. */
    public State<D, V> get(String name) {
        State<D, V> s = byName.get(name);
        if (s == null) {
            throw new IllegalStateException("unknown state " + name);
        }
        return s;
    }

    public boolean has(String name) {
        return byName.containsKey(name);
    }

    public List<String> names() {
        return List.copyOf(byName.keySet());
    }
}
