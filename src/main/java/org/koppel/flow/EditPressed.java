package org.koppel.flow;

import java.util.List;

/**
 * Rewrite the message whose button was just pressed, for example to move a checkmark. Standing
 * buttons stay valid outside the conversation, like those of the message they replace.
 */
public record EditPressed(String text, List<List<Button>> buttons, boolean standing) implements Effect {
    public EditPressed(String text, List<List<Button>> buttons) {
        this(text, buttons, false);
    }
}
