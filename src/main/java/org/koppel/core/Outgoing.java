package org.koppel.core;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/** What the bot sends: stored in the outbox as JSON, delivered by a {@link Gateway}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Outgoing.Send.class, name = "send"),
        @JsonSubTypes.Type(value = Outgoing.Edit.class, name = "edit"),
        @JsonSubTypes.Type(value = Outgoing.Answer.class, name = "answer")})
public sealed interface Outgoing {

    record Send(String text, List<List<OutButton>> buttons) implements Outgoing {
    }

    /** Replaces the text and buttons of a message sent earlier. */
    record Edit(long messageRef, String text, List<List<OutButton>> buttons) implements Outgoing {
    }

    /** Answers a button press; text, when present, shows as a short notice. */
    record Answer(String pressId, String text) implements Outgoing {
    }

    default boolean hasButtons() {
        if (this instanceof Send s) {
            return !s.buttons().isEmpty();
        }
        return this instanceof Edit e && !e.buttons().isEmpty();
    }
}
