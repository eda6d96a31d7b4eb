package org.koppel.flow;

/**
 * Tells another person's flow that something happened which concerns them, such as a volunteer
 * who accepted and should now propose times. It arrives there as an {@link Input.Event}, handled
 * in that person's own order, and is stored with this step so a crash cannot lose it.
 */
public record Signal(long to, String name, String value) implements Effect {
}
