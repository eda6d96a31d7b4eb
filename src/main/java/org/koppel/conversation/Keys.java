package org.koppel.conversation;

/** Conversation keys: the kind, and for kinds a person can hold several of, ":" and an id. */
public final class Keys {
    private Keys() {
    }

    public static String of(String kind, String id) {
        return kind + ":" + id;
    }

    public static String of(String kind, long id) {
        return of(kind, Long.toString(id, 36));
    }

    public static String kind(String key) {
        int colon = key.indexOf(':');
        return colon < 0 ? key : key.substring(0, colon);
    }

    /** The id part, or "" for a key without one. */
    public static String id(String key) {
        int colon = key.indexOf(':');
        return colon < 0 ? "" : key.substring(colon + 1);
    }

    /** The id part of a record's key (a meeting, a community: positive) in base 36, or -1 when it is not one. */
    public static long number(String key) {
        Long n = base36(id(key));
        return n == null ? -1 : n;
    }

    /** A number in base 36, or null when it is not one; people's ids may be negative (the terminal's are). */
    public static Long base36(String text) {
        try {
            return Long.parseLong(text, 36);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
