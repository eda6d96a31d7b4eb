package org.koppel.core;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** What a person did, as the edge reports it, before any checking. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Inbound.Text.class, name = "text"),
        @JsonSubTypes.Type(value = Inbound.Command.class, name = "command"),
        @JsonSubTypes.Type(value = Inbound.Press.class, name = "press"),
        @JsonSubTypes.Type(value = Inbound.Unsupported.class, name = "unsupported"),
        @JsonSubTypes.Type(value = Inbound.Edited.class, name = "edited"),
        @JsonSubTypes.Type(value = Inbound.Event.class, name = "event"),
        @JsonSubTypes.Type(value = Inbound.Job.class, name = "job"),
        @JsonSubTypes.Type(value = Inbound.Photo.class, name = "photo")})
public sealed interface Inbound {

    record Text(String text) implements Inbound {
    }

    /** "/name arg" with the bot's @username already removed. */
    record Command(String name, String arg) implements Inbound {
    }

    /** A button press: its callback data, the id to answer it with, and the message it sits on. */
    record Press(String data, String pressId, long messageRef) implements Inbound {
    }

    /** A sticker, photo, voice message or anything else that is not text. */
    record Unsupported(String kind) implements Inbound {
    }

    /** A photo: Telegram's id for the file (sent on by that id, never downloaded) and its caption. */
    record Photo(String fileId, String caption) implements Inbound {
    }

    record Edited() implements Inbound {
    }

    /**
     * An event for the person's conversation {@code key}: its registered type name and its JSON,
     * and who caused it (0: the bot itself).
     */
    record Event(String key, String type, String json, long from) implements Inbound {
    }

    /** A job of the person's conversation {@code key} has fallen due. */
    record Job(String key, String name, String payload) implements Inbound {
    }

    /** Parses typed text: a leading slash makes a command. */
    static Inbound typed(String raw) {
        String text = raw == null ? "" : raw;
        if (!text.startsWith("/") || text.length() < 2) {
            return new Text(text);
        }
        int space = text.indexOf(' ');
        String head = space < 0 ? text.substring(1) : text.substring(1, space);
        String arg = space < 0 ? "" : text.substring(space + 1).strip();
        int at = head.indexOf('@');
        String name = (at < 0 ? head : head.substring(0, at)).toLowerCase(java.util.Locale.ROOT);
        return name.matches("[a-z0-9_]{1,32}") ? new Command(name, arg) : new Text(text);
    }
}
