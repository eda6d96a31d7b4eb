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
    /**
     * The volunteer to ask: the best one from the seeker's field. Only when nobody from it can be
     * asked, the best one from another field who offers something the seeker looks for, with
     * {@link Reason#OTHER_FIELD} first among the reasons, so nobody is told "from your field" about
     * a stranger to it. A seeker who named no field or no goal takes the best one either way.
     */
    public static Optional<Match> choose(Seeker seeker, Collection<Volunteer> volunteers, History history,
            Instant now) {
        Objects.requireNonNull(seeker, "seeker");
        Needs needs = new Needs(seeker, history);
        double waiting = Score.waiting(seeker, now);
        TopK field = new TopK(1);
        TopK other = new TopK(1);
        for (Volunteer v : volunteers) {
            if (Eligibility.firstBroken(needs, v) != null) {
                continue;
            }
            if (needs.sectors.length == 0 || Needs.shared(needs.sectors, v.sectors()) > 0) {
                field.offer(v, Score.of(needs, v, waiting));
            } else if (needs.goalMasks.length == 0 || needs.offerMask(v) != 0) {
                other.offer(v, Score.of(needs, v, waiting));
            }
        }
        if (!field.bestFirst().isEmpty()) {
            Volunteer v = field.volunteer(0);
            return Optional.of(new Match(v, field.score(0), Explain.reasons(needs, v)));
        }
        if (other.bestFirst().isEmpty()) {
            return Optional.empty();
        }
        Volunteer v = other.volunteer(0);
        List<Reason> reasons = new ArrayList<>();
        reasons.add(new Reason(Reason.OTHER_FIELD, List.of(needs.sectors)));
        reasons.addAll(Explain.reasons(needs, v));
        return Optional.of(new Match(v, other.score(0), reasons));
    }

    /** The seeker's goals that these offers serve, in the seeker's order: what "can help you towards" names. */
    public static List<String> goalsServed(Collection<String> goals, Collection<String> offers) {
        List<String> out = new ArrayList<>();
        for (String goal : goals) {
            if (Needs.OFFERS_FOR_GOAL.getOrDefault(goal, List.of()).stream().anyMatch(offers::contains)) {
                out.add(goal);
            }
        }
        return out;
    }
}
