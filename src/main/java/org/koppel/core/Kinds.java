package org.koppel.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.koppel.conversation.Conversation;
import org.koppel.conversation.Expects;
import org.koppel.conversation.Keys;

/**
 * The features as the router needs them: each kind of conversation by name, the kind a new person
 * begins in, and the commands by name.
 */
public final class Kinds {
    private final Map<String, Conversation<?, ?>> byName = new LinkedHashMap<>();
    private final Map<String, List<Route>> routes = new LinkedHashMap<>();
    private final String entry;

    public Kinds(List<Feature> features, String entry) {
        for (Feature f : features) {
            for (Conversation<?, ?> c : f.conversations()) {
                if (byName.put(c.kind(), c) != null) {
                    throw new IllegalArgumentException("two features hold conversations of kind " + c.kind());
                }
            }
            for (Route r : f.routes()) {
                routes.computeIfAbsent(r.command(), k -> new ArrayList<>()).add(r);
            }
        }
        if (!byName.containsKey(entry)) {
            throw new IllegalArgumentException("no conversation of kind " + entry + " to begin with");
        }
        this.entry = entry;
    }

    /** The kind of a key; null for a kind no feature holds (a row a later release retired). */
    @SuppressWarnings("unchecked")
    Conversation<Object, Object> of(String key) {
        return (Conversation<Object, Object>) byName.get(Keys.kind(key));
    }

    /** Whether the conversation waits for the person's typing (a message, a place), not for a button. */
    boolean typing(Conv c) {
        Conversation<Object, Object> kind = of(c.key());
        var state = kind == null ? null : kind.states().get(c.state());
        return state != null && state.expects() == Expects.TEXT;
    }

    String entry() {
        return entry;
    }

    List<Route> routes(String command) {
        return routes.getOrDefault(command, List.of());
    }

    /** The commands people can send, for the command menu. */
    public List<String> commands() {
        return List.copyOf(routes.keySet());
    }
}
