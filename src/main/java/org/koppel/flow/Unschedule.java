package org.koppel.flow;

/** Cancel the person's pending jobs of this kind, such as reminders of a cancelled meeting. */
public record Unschedule(String kind) implements Effect {
}
