package org.koppel.community;

/** Where community links point: t.me/&lt;bot&gt;; Telegram mode sets the bot's real username at start. */
public final class Links {
    private volatile String bot = "koppel_bot";

    public void botUsername(String username) {
        if (username != null && !username.isBlank()) {
            bot = username;
        }
    }

    /** "https://t.me/&lt;bot&gt;?start=": a link is this plus "j" (join) or "k" (key-person invite) and a token. */
    public String base() {
        return "https://t.me/" + bot + "?start=";
    }
}
