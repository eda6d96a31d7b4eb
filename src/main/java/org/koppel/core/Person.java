package org.koppel.core;

/** A person as the engine needs them: their id and the language they read. */
public record Person(long id, String language) {
    public Person withLanguage(String other) {
        return new Person(id, other);
    }
}
