package org.koppel.conversation;

/**
 * Erase the person after their confirmation: every feature removes what it holds about them,
 * what concerns others is told to them, and nothing is stored for this step but the goodbye.
 */
public record Forget() implements Effect {
}
