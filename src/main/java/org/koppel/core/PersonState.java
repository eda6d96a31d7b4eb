package org.koppel.core;

/** What the engine keeps per person between updates; both parts null for someone new. */
public record PersonState(Person person, Conversation conversation) {
    static final PersonState NEW = new PersonState(null, null);

    public boolean known() {
        return person != null;
    }
}
