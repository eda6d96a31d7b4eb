package org.koppel.conversation;

/** A short notice shown for the button just pressed, without a new message. */
public record Toast(String text) implements Effect {
}
