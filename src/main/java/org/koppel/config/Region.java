package org.koppel.config;

/** A region a person lives in; country is NL or BE, null for "online only". */
public record Region(String code, String country) {
    public static final String ONLINE = "online";

    public boolean online() {
        return ONLINE.equals(code);
    }
}
