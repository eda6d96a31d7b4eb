package org.koppel.matching;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A newcomer asking for a coffee meeting, reduced to what matching reads. Codes are the stored
 * profile codes; languages are the ISO codes the person speaks, with "nl" added by the caller
 * when their Dutch is good enough for a conversation.
 *
 * @param mode "in_person", "video" or "either"; a region of "online" means video whatever the mode
 * @param goals subset of job, placement, study, volunteer, network
 * @param availability subset of weekday_morning, weekday_afternoon, weekday_evening, weekend
 * @param waitingSince when the newcomer first asked, so long waits can be favoured
 */
public record Seeker(long id, String region, String mode, Set<String> sectors, Set<String> skills,
        Set<String> goals, Set<String> languages, Set<String> availability, Instant waitingSince) {

    public Seeker {
        region = Codes.canonical(region);
        mode = Modes.canonical(mode);
        sectors = Codes.canonical(sectors);
        skills = Codes.canonical(skills);
        goals = Codes.canonical(goals);
        languages = Codes.canonical(languages);
        availability = Codes.canonical(availability);
        Objects.requireNonNull(waitingSince, "waitingSince");
    }
}
