package org.koppel.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Picks volunteers for a newcomer's coffee meeting (the request step; README, "Coffee meetings"). Pure:
 * everything it needs is passed in, including the time, so the same input always gives the same
 * answer and a coordinator can replay a decision.
 */
public final class Matching {
    private Matching() {}

    /** The first hard rule the pair breaks, in {@link Rule} order; empty when the volunteer may be asked. */
    public static Optional<Rule> excludedBy(Seeker seeker, Volunteer volunteer, History history) {
        Objects.requireNonNull(volunteer, "volunteer");
        return Optional.ofNullable(Eligibility.firstBroken(new Needs(seeker, history), volunteer));
    }

    /**
     * The best eligible volunteers for the seeker, best first, at most {@code limit}. Ties go to
     * the volunteer with fewer meetings in the last 90 days, then to the lower id, so the order
     * never depends on the order of {@code volunteers}.
     */
    public static List<Match> rank(Seeker seeker, Collection<Volunteer> volunteers, History history,
            Instant now, int limit) {
        Objects.requireNonNull(seeker, "seeker");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(now, "now");
        if (limit < 0) {
            throw new IllegalArgumentException("limit cannot be negative: " + limit);
        }
        if (limit == 0 || volunteers.isEmpty()) {
            return List.of();
        }
        Needs needs = new Needs(seeker, history);
        double waiting = Score.waiting(seeker, now);
        TopK top = new TopK(Math.min(limit, volunteers.size()));
        for (Volunteer v : volunteers) {
            if (Eligibility.firstBroken(needs, v) == null) {
                top.offer(v, Score.of(needs, v, waiting));
            }
        }
        List<Match> matches = new ArrayList<>();
        for (int slot : top.bestFirst()) {
            Volunteer v = top.volunteer(slot);
            matches.add(new Match(v, top.score(slot), Explain.reasons(needs, v)));
        }
        return List.copyOf(matches);
    }
}
