package org.koppel.conversation;

/**
 * A button as a step sees it: a label and the action it stands for, which the engine signs with
 * the conversation it belongs to. By default that is the conversation that shows it; {@link #to}
 * makes it start or reach another of the person's conversations (such as "find me a meeting"
 * under the saved profile). With url set it is a link that never comes back to the bot.
 */
public record Button(String label, String action, String url, String key) {
    public Button(String label, String action) {
        this(label, action, null, null);
    }

    public static Button link(String label, String url) {
        return new Button(label, null, url, null);
    }

    /** A button for another conversation of the same person; it stays valid like a standing one. */
    public static Button to(String key, String label, String action) {
        return new Button(label, action, null, key);
    }
}
