package org.koppel.matching;

import java.util.Arrays;

/** The hard rules as one check, shared by {@link Matching#excludedBy} and the ranking loop. */
final class Eligibility {
    private Eligibility() {}

    /** The first rule the pair breaks, or null; null rather than Optional keeps the hot loop allocation-free. */
    static Rule firstBroken(Needs n, Volunteer v) {
        if (!v.approved()) {
            return Rule.APPROVED;
        }
        if (v.paused()) {
            return Rule.NOT_PAUSED;
        }
        if (v.meetingsThisMonth() >= v.monthlyCapacity()) {
            return Rule.CAPACITY;
        }
        if (!Needs.sharesAny(n.languages, v.languages())) {
            return Rule.SHARED_LANGUAGE;
        }
        boolean video = n.video && Modes.video(v.region(), v.mode());
        if (!video && !(n.inPerson && Modes.inPerson(v.region(), v.mode()))) {
            return Rule.MODE_COMPATIBLE;
        }
        if (!video && !n.seeker.region().equals(v.region())) {
            return Rule.SAME_REGION_IN_PERSON;
        }
        if (Arrays.binarySearch(n.pairedBefore, v.id()) >= 0) {
            return Rule.NOT_PAIRED_BEFORE;
        }
        if (Arrays.binarySearch(n.blocked, v.id()) >= 0) {
            return Rule.NOT_BLOCKED;
        }
        return null;
    }
}
