package org.koppel.onboarding;

import org.koppel.flow.Effect;

/** A coordinator's decision on a volunteer: approved or rejected, and by whom. */
public record VolunteerReviewed(boolean approved, long coordinator) implements Effect {
}
