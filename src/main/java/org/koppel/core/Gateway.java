package org.koppel.core;

/** Where messages go out: Telegram or the terminal. */
public interface Gateway {
    /**
     * Delivers one message to a chat and returns the ref of the message it created or changed
     * (0 when there is none, as for a press answer).
     */
    long deliver(long chatId, Outgoing message, long outboxId) throws DeliveryException;

    /** Sets the command menu one chat sees, command and description (coordinators get their own); none by default. */
    default void menu(long chatId, java.util.List<java.util.Map.Entry<String, String>> commands) {
    }
}
