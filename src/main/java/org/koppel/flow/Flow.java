package org.koppel.flow;

import java.util.List;

/**
 * A conversation as an explicit state machine. States are stored by name and data as JSON of
 * {@link #dataType()}; {@link #version()} is stored beside it so a later release can read data
 * written by an earlier one. Every method is pure: no I/O, no clock but the context's.
 */
public interface Flow<D> {

    String name();

    int version();

    Class<D> dataType();

    /** The first step for a person who has no conversation yet. */
    Step<D> begin(FlowContext ctx, boolean languageKnown);

    /** Reacts to input in a state. Returns null for a command the flow does not know. */
    Step<D> handle(String state, D data, Input input, FlowContext ctx);

    /** The messages that ask for the state's answer again, such as after /help. */
    List<Effect> prompt(String state, D data, FlowContext ctx);
}
