package org.koppel.core;

/**
 * How a person stands with the service, read afresh for each of their own updates because others
 * change it: suspended by a coordinator, or having said no to the consent question.
 */
public record Standing(boolean suspended, boolean declined) {
    public static final Standing NONE = new Standing(false, false);
}
