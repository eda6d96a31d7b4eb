package org.koppel.core;

/**
 * A command and the conversation it reaches: "/meet" the key "meet". Several routes for one
 * command are tried in order and the first whose conversation the person holds wins, so
 * /profile reaches a volunteer's profile or a newcomer's; when the person holds none, the first
 * begins. Command "start" with a payload is a deep link (t.me/bot?start=payload).
 */
public record Route(String command, String key) {
    public static final String LINK = "start";
}
