package org.koppel.conversation;

/** What a state waits for, which decides where typing goes (the conversation that asked last). */
public enum Expects {
    /** Asks nothing: a card, a request with standing buttons, waiting for someone else. */
    NOTHING,
    /** Asks with buttons; typing there is answered with "please use the buttons". */
    CHOICE,
    /** Asks for typing (text, or a photo where the state takes one). */
    TEXT;

    public boolean asks() {
        return this != NOTHING;
    }
}
