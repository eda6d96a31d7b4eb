package org.koppel.flow;

import java.util.List;

/** Send the person a new message, with rows of buttons (possibly none) and perhaps a file it describes. */
public record Say(String text, List<List<Button>> buttons, Attachment file) implements Effect {
    public Say(String text) {
        this(text, List.of(), null);
    }

    public Say(String text, List<List<Button>> buttons) {
        this(text, buttons, null);
    }
}
