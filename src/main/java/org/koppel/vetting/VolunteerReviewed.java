package org.koppel.vetting;

import org.koppel.conversation.Effect;

/** A coordinator's decision on a volunteer: approved or rejected, and by whom. */
public record VolunteerReviewed(boolean approved, long coordinator) implements Effect {
}
