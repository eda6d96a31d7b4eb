package org.koppel.flow;

import java.util.function.Function;
import org.koppel.i18n.Texts;

/**
 * A message to someone else than the person in the conversation, such as a coordinator. It is
 * written in the receiver's language, so the flow gives a way to render it rather than a text.
 * Its buttons stay valid while the receiver goes on with their own conversation.
 */
public record Tell(long to, Function<Texts, Say> message) implements Effect {
}
