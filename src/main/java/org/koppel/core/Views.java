package org.koppel.core;

import org.koppel.conversation.Context;
import org.koppel.conversation.Conversation;
import org.koppel.conversation.Input;

/** Reads what a conversation's next step needs (its view), from the last commit. */
@FunctionalInterface
public interface Views {
    Object view(Conversation<Object, Object> kind, String key, Object data, Input input, Context ctx);

    /** Whether a coordinator suspended the person or they declined consent; read afresh, as others change it. */
    default Standing standing(long person) {
        return Standing.NONE;
    }

    /** Whether the person is a key person of a community; read only for /help, not for every update. */
    default boolean keyPerson(long person) {
        return false;
    }
}
