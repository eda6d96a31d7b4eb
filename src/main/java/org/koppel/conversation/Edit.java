package org.koppel.conversation;

import java.util.List;

/**
 * Rewrite the message whose button was just pressed, for example to move a checkmark or take
 * buttons away; text null keeps the text. Standing buttons stay valid like those they replace.
 */
public record Edit(String text, List<List<Button>> buttons, boolean standing) implements Effect {
    public Edit {
        buttons = List.copyOf(buttons);
    }

    public Edit(String text, List<List<Button>> buttons) {
        this(text, buttons, false);
    }

    /** Takes the pressed message's buttons away, so it cannot be pressed again. */
    public static Edit clearButtons() {
        return new Edit(null, List.of(), true);
    }
}
