package org.koppel.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.koppel.conversation.Event;
import org.koppel.conversation.Signal;

/** The features' event types by their stored names, to write events into the inbox and read them back. */
final class EventTypes {
    private final Map<String, Class<? extends Event>> byName = new HashMap<>();
    private final Map<Class<?>, String> names = new HashMap<>();

    EventTypes(List<Feature> features) {
        for (Feature f : features) {
            f.events().forEach((name, type) -> {
                if (byName.put(name, type) != null || names.put(type, name) != null) {
                    throw new IllegalArgumentException("event type " + name + " is registered twice");
                }
            });
        }
    }

    /** The inbox form of a signal, from its sender. */
    Inbound.Event inbound(Signal s, long from) {
        String name = names.get(s.event().getClass());
        if (name == null) {
            throw new IllegalStateException("event " + s.event().getClass().getSimpleName() + " is not registered");
        }
        return new Inbound.Event(s.key(), name, Json.write(s.event()), from);
    }

    /** The event back from the inbox; null for a type no feature knows any more. */
    Event read(Inbound.Event e) {
        Class<? extends Event> type = byName.get(e.type());
        return type == null ? null : Json.read(e.json(), type);
    }
}
