package org.koppel.flow;

import java.util.List;

/** Rewrite the message whose button was just pressed, for example to move a checkmark. */
public record EditPressed(String text, List<List<Button>> buttons) implements Effect {
}
