package org.koppel.core;

import java.util.ArrayList;
import java.util.List;
import org.koppel.conversation.Event;
import org.koppel.conversation.Signal;

/** Events that writes produce for conversations, stored with the write and handled after it. */
public final class Events {
    private final List<Signal> signals = new ArrayList<>();

    public void send(long to, String key, Event event) {
        signals.add(new Signal(to, key, event));
    }

    List<Signal> signals() {
        return List.copyOf(signals);
    }
}
