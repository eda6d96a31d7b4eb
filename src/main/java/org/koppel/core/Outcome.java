package org.koppel.core;

import java.util.List;
import java.util.Set;
import org.koppel.conversation.Effect;
import org.koppel.conversation.Signal;
import org.koppel.conversation.Tell;

/**
 * Everything one update changes, written in one transaction: the person's new state and which of
 * their conversations changed or ended, the features' own effects, jobs, the messages to the
 * person (each with the people whose details it carries), messages to others (rendered in their
 * language by the engine), and events for conversations, which go through the inbox.
 *
 * @param answer the notice for a pressed button, sent once and never stored
 * @param forget the person asked to be erased
 */
public record Outcome(PersonState state, boolean personChanged, List<Conv> changed, Set<String> ended,
                      List<Effect> effects, List<Job> jobs, List<Reply> replies, List<Tell> tells,
                      List<Signal> signals, Outgoing.Answer answer, boolean forget) {

    /** A message to the person and the people whose details it carries. */
    public record Reply(Outgoing message, Set<Long> about) {
    }

    /** A job of one of the person's conversations to schedule, or to cancel when due is null (all when name is). */
    public record Job(String key, String name, String payload, java.time.Instant due) {
    }

    static Outcome nothing() {
        return new Outcome(PersonState.NEW, false, List.of(), Set.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), null, false);
    }
}
