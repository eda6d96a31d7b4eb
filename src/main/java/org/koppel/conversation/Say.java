package org.koppel.conversation;

import java.util.List;

/**
 * Send the person a message, with rows of buttons (maybe none) and perhaps a file. Standing
 * buttons stay valid as long as their conversation exists (a meeting card, a request); the
 * others only until the conversation's next question.
 */
public record Say(String text, List<List<Button>> buttons, Attachment file, boolean standing) implements Effect {
    public Say {
        buttons = buttons == null ? List.of() : List.copyOf(buttons);
    }

    public Say(String text) {
        this(text, List.of(), null, false);
    }

    public Say(String text, List<List<Button>> buttons) {
        this(text, buttons, null, false);
    }

    public Say(String text, List<List<Button>> buttons, Attachment file) {
        this(text, buttons, file, false);
    }

    /** The same message with buttons that stay valid while the conversation lasts. */
    public Say lasting() {
        return new Say(text, buttons, file, true);
    }

    public boolean hasButtons() {
        return !buttons.isEmpty();
    }
}
