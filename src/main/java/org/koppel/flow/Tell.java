package org.koppel.flow;

import java.util.function.Function;
import org.koppel.i18n.Texts;

/**
 * A message to someone else than the person in the conversation, such as a coordinator. It is
 * written in the receiver's language (or the given one, as for a broadcast preview, which shows
 * what a community reads), so the flow gives a way to render it rather than a text. Its buttons
 * stay valid while the receiver goes on with their own conversation.
 */
public record Tell(long to, Function<Texts, Say> message, String language) implements Effect {
    public Tell(long to, Function<Texts, Say> message) {
        this(to, message, null);
    }
}
