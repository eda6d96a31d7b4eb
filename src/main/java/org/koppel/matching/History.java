package org.koppel.matching;

import java.util.Set;

/**
 * What has happened between one seeker and volunteers before.
 *
 * @param pairedBefore volunteer ids this seeker has been paired with, whatever came of it
 * @param blocked volunteer ids where either side blocked or reported the other
 */
public record History(Set<Long> pairedBefore, Set<Long> blocked) {
    private static final History NONE = new History(Set.of(), Set.of());

    public History {
        pairedBefore = Set.copyOf(pairedBefore);
        blocked = Set.copyOf(blocked);
    }

    /** A seeker who has never been paired and has no blocks. */
    public static History none() {
        return NONE;
    }
}
