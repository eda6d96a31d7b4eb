package org.koppel.conversation;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

/**
 * One kind of conversation, such as the profile or one side of a meeting. Its conversations are
 * stored under keys that start with {@link #kind()} ("meeting" or "meeting:3f9a2k"), with their
 * state by name and their data as JSON of {@link #dataType()}.
 *
 * @param <D> the small typed data it collects
 * @param <V> what it reads before each step (a meeting record, a list of communities), or Void
 */
public interface Conversation<D, V> {

    /** The stored name, also the first part of every key of this kind; never rename one with rows. */
    String kind();

    Class<D> dataType();

    /** Stored beside the data so a later release can read data an earlier one wrote. */
    default int version() {
        return 1;
    }

    /**
     * The table of states; none for a conversation that ends where it begins (a press on a
     * standing button, a command answered at once), which keeps nothing between inputs.
     */
    default States<D, V> states() {
        return States.of();
    }

    /**
     * Starts a conversation for input that arrives at a key the person does not hold yet: a
     * command, a press on a standing button, an event or a due job. Null leaves it unstarted.
     */
    Step<D> begin(V view, Input input, Context ctx);

    /**
     * Reads what the next step needs, read-only, right before it runs; data is null before the
     * conversation begins. The step itself then stays a pure function of what it is given.
     */
    default V view(Connection c, String key, D data, Input input, Context ctx) throws SQLException {
        return null;
    }

    /**
     * The people whose personal details this conversation's messages carry (the other side of a
     * meeting, say), so those messages are erased with them.
     */
    default Set<Long> about(D data, V view, Context ctx) {
        return Set.of();
    }

    /**
     * Whether a person a coordinator suspended can still use it: seeing and erasing their data,
     * their language. Events and jobs (a meeting called off) reach every conversation regardless.
     */
    default boolean whileSuspended() {
        return false;
    }

    /**
     * Whether a person who declined consent can still use its command: their language, seeing
     * and erasing what little is kept, a coordinator's screens. Everything else points to /start.
     */
    default boolean withoutConsent() {
        return whileSuspended();
    }

    /** Whether typing that no conversation asked for goes here: the person's own profile. */
    default boolean home() {
        return false;
    }
}
