package org.koppel.broadcast;

import org.koppel.conversation.Effect;

/**
 * A key person's message, confirmed after the preview: one delivery row per active member who has
 * not paused is written with it, in the same transaction. photo is a Telegram file id or null;
 * event, when not 0, makes it that event's invitation (text and buttons come from the event).
 */
public record BroadcastQueued(long community, String senderName, String text, String photo, long event)
        implements Effect {
    public BroadcastQueued(long community, String senderName, String text, String photo) {
        this(community, senderName, text, photo, 0);
    }
}
