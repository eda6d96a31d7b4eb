package org.koppel.core;

/** Where messages go out: Telegram or the terminal. */
public interface Gateway {
    /**
     * Delivers one message to a chat and returns the ref of the message it created or changed
     * (0 when there is none, as for a press answer).
     */
    long deliver(long chatId, Outgoing message, long outboxId) throws DeliveryException;
}
