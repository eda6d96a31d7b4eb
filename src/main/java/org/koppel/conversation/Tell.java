package org.koppel.conversation;

import java.util.Set;
import java.util.function.Function;
import org.koppel.i18n.Texts;

/**
 * A message to someone else than the person in the conversation, such as a coordinator. It is
 * written in the receiver's language (or the given one, as for a broadcast preview, which shows
 * what a community reads), so the step gives a way to render it rather than a text. Its buttons
 * belong to the receiver's conversation {@code key} and stay valid while they do other things.
 *
 * @param about the people whose personal details it carries, erased with them
 */
public record Tell(long to, String key, Function<Texts, Say> message, String language, Set<Long> about)
        implements Effect {
    public Tell {
        about = Set.copyOf(about);
    }
}
