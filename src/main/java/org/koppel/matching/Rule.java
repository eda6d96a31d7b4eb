package org.koppel.matching;

/**
 * The hard rules, in the order they are checked. A volunteer who breaks any one is never asked;
 * {@link Matching#excludedBy} names the first one broken so a coordinator can see why someone
 * was not proposed.
 */
public enum Rule {
    /** A coordinator has approved the volunteer. */
    APPROVED,
    /** The volunteer has not paused requests. */
    NOT_PAUSED,
    /** Fewer meetings this month than the volunteer's monthly capacity. */
    CAPACITY,
    /** At least one language both speak. */
    SHARED_LANGUAGE,
    /** Some meeting mode suits both: an in-person-only side cannot meet a video-only side. */
    MODE_COMPATIBLE,
    /** When in person is the only mode both accept, both live in the same region. */
    SAME_REGION_IN_PERSON,
    /** This seeker has not been paired with this volunteer before. */
    NOT_PAIRED_BEFORE,
    /** Neither side has blocked or reported the other. */
    NOT_BLOCKED
}
