package org.koppel.core;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/** What the bot sends: stored in the outbox as JSON, delivered by a {@link Gateway}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Outgoing.Send.class, name = "send"),
        @JsonSubTypes.Type(value = Outgoing.Edit.class, name = "edit"),
        @JsonSubTypes.Type(value = Outgoing.Answer.class, name = "answer"),
        @JsonSubTypes.Type(value = Outgoing.Document.class, name = "document"),
        @JsonSubTypes.Type(value = Outgoing.Photo.class, name = "photo"),
        @JsonSubTypes.Type(value = Outgoing.Image.class, name = "image")})
public sealed interface Outgoing {

    record Send(String text, List<List<OutButton>> buttons) implements Outgoing {
    }

    /** A file with its description as caption, such as a meeting card with its calendar file. */
    record Document(String caption, List<List<OutButton>> buttons, String fileName, String content) implements Outgoing {
    }

    /** A photo Telegram already has (by its file id), with a caption. */
    record Photo(String fileId, String caption, List<List<OutButton>> buttons) implements Outgoing {
    }

    /** A picture the bot drew (a chart), as PNG in base64, shown as a photo with a caption. */
    record Image(String caption, List<List<OutButton>> buttons, String fileName, String base64) implements Outgoing {
        public byte[] bytes() {
            return java.util.Base64.getDecoder().decode(base64);
        }
    }

    /** Replaces the text and buttons of a message sent earlier. */
    record Edit(long messageRef, String text, List<List<OutButton>> buttons) implements Outgoing {
    }

    /** Answers a button press; text, when present, shows as a short notice. */
    record Answer(String pressId, String text) implements Outgoing {
    }

    /** The rows of buttons under the message; each kind with buttons has them as its own field. */
    default List<List<OutButton>> buttons() {
        return List.of();
    }

    default boolean hasButtons() {
        return !buttons().isEmpty();
    }
}
