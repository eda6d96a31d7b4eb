package org.koppel.core;

import java.util.List;
import java.util.Map;
import org.koppel.conversation.Conversation;
import org.koppel.conversation.Event;

/**
 * One capability of Koppel (profile, meetings, communities, ...) as the engine wires it: the
 * kinds of conversation it holds, the commands that reach them, the writers of its own effects,
 * the events it sends between conversations, and its part of what is stored about a person.
 * The application lists every feature once; the core names none of them.
 */
public interface Feature {

    List<Conversation<?, ?>> conversations();

    default List<Route> routes() {
        return List.of();
    }

    default List<EffectWriter> writers() {
        return List.of();
    }

    /** The events it sends, each under a stored name that outlives a class rename. */
    default Map<String, Class<? extends Event>> events() {
        return Map.of();
    }

    /** What it stores about a person, for /mydata and /delete; required so no feature can forget it. */
    PersonalData personalData();
}
