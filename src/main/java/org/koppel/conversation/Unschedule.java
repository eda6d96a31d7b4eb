package org.koppel.conversation;

/**
 * Cancel pending jobs of this conversation: those of one name, or all when name is null. A
 * conversation that ends loses its jobs anyway.
 */
public record Unschedule(String name) implements Effect {
}
