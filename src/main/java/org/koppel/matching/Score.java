package org.koppel.matching;

import java.time.Instant;

/**
 * The soft score of an eligible pair: a weighted sum of parts that each lie between 0 and 1.
 *
 * Why these weights: a coffee meeting is worth most when the volunteer works in the newcomer's
 * field, so a full sector match (3) outweighs everything that is not about the content; skills
 * and offers-for-goals (2 each) refine that. Shared time slots (1.5) come next because without
 * one the volunteer has no times to propose. Same region (1) is a small plus, as it makes
 * meeting in person possible. Waiting (up to 1) and load (up to 1.5 together) are nudges: among
 * similar volunteers ask the least busy one, and let a long-waiting newcomer's score rise, but
 * never pick an idle stranger to the field over someone who knows it (1.5 < 3).
 */
final class Score {
    static final double SECTOR = 3.0;
    static final double SKILL = 2.0;
    static final double OFFER = 2.0;
    static final double TIME = 1.5;
    static final double REGION = 1.0;
    static final double WAITING = 1.0;
    /** After two weeks waiting counts fully; longer waits are for coordinators to notice, not for scores. */
    static final long WAITING_CAP_DAYS = 14;
    static final double RECENT_LOAD = 1.0;
    static final double CAPACITY_LEFT = 0.5;

    private static final long SECONDS_PER_DAY = 86_400;

    private Score() {}

    /** The seeker's waiting part: the same for every volunteer, so it only matters across seekers. */
    static double waiting(Seeker s, Instant now) {
        long seconds = now.getEpochSecond() - s.waitingSince().getEpochSecond();
        double days = Math.max(0, seconds) / (double) SECONDS_PER_DAY;
        return WAITING * Math.min(days, WAITING_CAP_DAYS) / WAITING_CAP_DAYS;
    }

    /** Score of an eligible volunteer; the volunteer must have capacity left (Rule.CAPACITY). */
    static double of(Needs n, Volunteer v, double waiting) {
        double score = waiting;
        score += SECTOR * fraction(Needs.shared(n.sectors, v.sectors()), n.sectors.length);
        score += SKILL * fraction(Needs.shared(n.skills, v.skills()), n.skills.length);
        score += OFFER * fraction(goalsServed(n, v), n.goalMasks.length);
        score += TIME * fraction(Needs.shared(n.availability, v.availability()), n.availability.length);
        if (sameRegion(n.seeker, v)) {
            score += REGION;
        }
        score += RECENT_LOAD / (1 + v.meetingsLast90Days());
        score += CAPACITY_LEFT * (v.monthlyCapacity() - v.meetingsThisMonth()) / v.monthlyCapacity();
        return score;
    }

    /** "online" is the absence of a region, so two online people do not share one. */
    static boolean sameRegion(Seeker s, Volunteer v) {
        return s.region().equals(v.region()) && !Modes.ONLINE.equals(s.region());
    }

    private static int goalsServed(Needs n, Volunteer v) {
        if (n.goalMasks.length == 0) {
            return 0;
        }
        int theirs = n.offerMask(v);
        int served = 0;
        for (int mask : n.goalMasks) {
            if ((mask & theirs) != 0) {
                served++;
            }
        }
        return served;
    }

    private static double fraction(int shared, int of) {
        return of == 0 ? 0 : (double) shared / of;
    }
}
