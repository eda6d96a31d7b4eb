package org.koppel.flow;

/**
 * A button as a flow sees it: a label and the action it stands for, which the engine signs; or,
 * when url is set, a link that opens without coming back to the bot.
 */
public record Button(String label, String action, String url) {
    public Button(String label, String action) {
        this(label, action, null);
    }

    public static Button link(String label, String url) {
        return new Button(label, null, url);
    }
}
