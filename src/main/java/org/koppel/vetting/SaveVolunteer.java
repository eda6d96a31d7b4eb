package org.koppel.vetting;

import org.koppel.conversation.Effect;

/** Store the volunteer's profile; a first submission waits for a coordinator's review. */
public record SaveVolunteer(VolunteerProfile profile) implements Effect {
}
