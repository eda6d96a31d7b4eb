package org.koppel.core;

/**
 * A person as the engine needs them: their id, the language they read, and when they last sent the
 * bot anything as stored (0: not yet), so most updates need not rewrite it (retention reads it).
 */
public record Person(long id, String language, long seen) {
    /** last_seen is rewritten at most this often: retention counts months, not minutes. */
    static final long SEEN_EVERY_MILLIS = 3_600_000;

    public Person withLanguage(String other) {
        return new Person(id, other, seen);
    }

    /** Whether an update from them at now should store the time. */
    boolean seenStale(long now) {
        return seen < now - SEEN_EVERY_MILLIS;
    }

    Person seenAt(long now) {
        return new Person(id, language, now);
    }
}
