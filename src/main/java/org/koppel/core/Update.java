package org.koppel.core;

/**
 * One thing that happened, from Telegram or the terminal. sourceKey makes redelivery harmless;
 * firstName and languageHint are what the client reports and are never stored as such.
 */
public record Update(String sourceKey, long chatId, long personId, boolean privateChat, String firstName,
                     String languageHint, Inbound event) {

    /** Builds the inbound event for typed text, telling commands from text. */
    public static Inbound typed(String text) {
        return Inbound.typed(text);
    }
}
