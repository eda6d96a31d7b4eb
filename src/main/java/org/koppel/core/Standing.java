package org.koppel.core;

/**
 * How a person stands with the service, read afresh for each of their own updates because others
 * change it: suspended by a coordinator, having said no to the consent question, key person of a
 * community (their /help has a part of its own).
 */
public record Standing(boolean suspended, boolean declined, boolean keyPerson) {
    public static final Standing NONE = new Standing(false, false, false);
}
