package org.koppel.conversation;

/** What a step reacts to, already checked by the engine. */
public sealed interface Input {
    /** Free text typed by the person, cleaned of control characters. */
    record Text(String text) implements Input {
    }

    /** A press on one of this conversation's buttons, by its action. */
    record Choice(String action) implements Input {
    }

    /** A command routed to this conversation, such as /meet; arg is what followed it (maybe empty). */
    record Command(String name, String arg) implements Input {
    }

    /** A photo with its caption. */
    record Photo(String fileId, String caption) implements Input {
    }

    /** /cancel while this conversation has the person's attention. */
    record Cancel() implements Input {
    }

    /** Opened by another conversation of the same person, as the profile after consent. */
    record Begin() implements Input {
    }

    /** /start while this is the person's own conversation. */
    record Restart() implements Input {
    }

    /** Something that happened elsewhere and concerns this conversation; from is who caused it (0: the bot). */
    record Event(org.koppel.conversation.Event event, long from) implements Input {
    }

    /** A job this conversation scheduled has fallen due. */
    record Job(String name, String payload) implements Input {
    }
}
