package org.koppel.flow;

import java.util.List;

/** Send the person a new message, with rows of buttons (possibly none). */
public record Say(String text, List<List<Button>> buttons) implements Effect {
    public Say(String text) {
        this(text, List.of());
    }
}
