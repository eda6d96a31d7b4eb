package org.koppel.onboarding;

import org.koppel.flow.Effect;

/** Store the volunteer's profile; a first submission waits for a coordinator's review. */
public record SaveVolunteer(VolunteerProfile profile) implements Effect {
}
