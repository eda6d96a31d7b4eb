package org.koppel.flow;

/** What a flow step reacts to, already checked by the engine. */
public sealed interface Input {
    /** Free text typed by the person, cleaned of control characters. */
    record Text(String text) implements Input {
    }

    /** A button of the live prompt, identified by its action. */
    record Choice(String action) implements Input {
    }

    /** A command the engine does not handle itself, such as /profile. */
    record Command(String name) implements Input {
    }

    /** A photo with its caption; a flow that has no use for it answers null. */
    record Photo(String fileId, String caption) implements Input {
    }

    /** /start while the flow is already running. */
    record Restart() implements Input {
    }

    /** /cancel. */
    record Cancel() implements Input {
    }

    /** Something another person did that concerns this one, such as a coordinator's decision. */
    record Event(String name, String value, long from) implements Input {
    }

    /** The person has just chosen a language from the picker. */
    record LanguageChosen() implements Input {
    }
}
