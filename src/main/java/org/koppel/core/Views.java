package org.koppel.core;

import org.koppel.conversation.Context;
import org.koppel.conversation.Conversation;
import org.koppel.conversation.Input;

/** Reads what a conversation's next step needs (its view), from the last commit. */
@FunctionalInterface
public interface Views {
    Object view(Conversation<Object, Object> kind, String key, Object data, Input input, Context ctx);

    /** Whether a coordinator has suspended the person; read afresh, as another person's step sets it. */
    default boolean suspended(long person) {
        return false;
    }
}
