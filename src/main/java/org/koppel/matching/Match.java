package org.koppel.matching;

import java.util.List;
import java.util.Objects;

/**
 * A volunteer proposed for a seeker. Scores compare across seekers too (the waiting part grows
 * with the seeker's wait), but mean nothing on their own.
 *
 * @param reasons the reasons that apply, in the order sector, skill, offer, language, region, time
 */
public record Match(Volunteer volunteer, double score, List<Reason> reasons) {
    public Match {
        Objects.requireNonNull(volunteer, "volunteer");
        reasons = List.copyOf(reasons);
    }

    /** Whether the volunteer comes from another field than the seeker's (nobody from theirs could be asked). */
    public boolean otherField() {
        return !reasons.isEmpty() && Reason.OTHER_FIELD.equals(reasons.get(0).key());
    }
}
