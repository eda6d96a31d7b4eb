package org.koppel.core;

import java.util.LinkedHashMap;
import java.util.Map;
import org.koppel.flow.Flow;

/** The flows the engine knows by name, and the one a new person starts in. */
public final class Flows {
    private final Map<String, Flow<?>> byName = new LinkedHashMap<>();
    private final String entry;

    public Flows(Flow<?> entry, Flow<?>... others) {
        this.entry = entry.name();
        byName.put(entry.name(), entry);
        for (Flow<?> f : others) {
            byName.put(f.name(), f);
        }
    }

    @SuppressWarnings("unchecked")
    Flow<Object> entry() {
        return (Flow<Object>) byName.get(entry);
    }

    /** The named flow; a name no longer known (a flow removed in a later release) starts over. */
    @SuppressWarnings("unchecked")
    Flow<Object> get(String name) {
        Flow<?> f = byName.get(name);
        return (Flow<Object>) (f != null ? f : byName.get(entry));
    }
}
