package org.koppel.conversation;

/** The person chose the language they read; later messages of this step are already in it. */
public record SetLanguage(String code) implements Effect {
}
