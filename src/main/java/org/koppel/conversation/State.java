package org.koppel.conversation;

import java.util.List;

/** One row of a conversation's table: its name, what it waits for, how it asks and how it answers. */
public record State<D, V>(String name, Expects expects, Prompt<D, V> prompt, Handler<D, V> handler) {

    /** The messages that ask for this state's answer, again after /help or when it has focus back. */
    @FunctionalInterface
    public interface Prompt<D, V> {
        List<Effect> ask(D data, V view, Context ctx);
    }

    /** The answer to input in this state; null for input it has no use for (the engine then explains). */
    @FunctionalInterface
    public interface Handler<D, V> {
        Step<D> on(D data, V view, Input input, Context ctx);
    }

    public static <D, V> State<D, V> of(String name, Expects expects, Prompt<D, V> prompt, Handler<D, V> handler) {
        return new State<>(name, expects, prompt, handler);
    }

    /** A state that asks nothing and shows nothing when asked again. */
    public static <D, V> State<D, V> idle(String name, Handler<D, V> handler) {
        return new State<>(name, Expects.NOTHING, (d, v, c) -> List.of(), handler);
    }
}
