package org.koppel.config;

/** A language the bot speaks: its code, its own name in its own script, and its direction. */
public record Language(String code, String name, boolean rtl) {
}
