package org.koppel.matching;

import java.util.Set;

/**
 * A volunteer as matching sees them: what they know and offer, when and how they can meet, and
 * how busy they have been. The counters come from the meetings table at the time of the request.
 *
 * @param mode "in_person", "video" or "either"; a region of "online" means video whatever the mode
 * @param offers subset of cv, interview, introductions, sector_advice, shadowing
 * @param meetingsThisMonth meetings already agreed this calendar month, counted against monthlyCapacity
 * @param meetingsLast90Days recent meetings, used to spread requests over volunteers
 */
public record Volunteer(long id, String region, String mode, Set<String> sectors, Set<String> skills,
        Set<String> offers, Set<String> languages, Set<String> availability, int monthlyCapacity,
        int meetingsThisMonth, int meetingsLast90Days, boolean approved, boolean paused) {

    public Volunteer {
        region = Codes.canonical(region);
        mode = Modes.canonical(mode);
        sectors = Codes.canonical(sectors);
        skills = Codes.canonical(skills);
        offers = Codes.canonical(offers);
        languages = Codes.canonical(languages);
        availability = Codes.canonical(availability);
        if (monthlyCapacity < 0 || meetingsThisMonth < 0 || meetingsLast90Days < 0) {
            throw new IllegalArgumentException("capacity and meeting counts cannot be negative");
        }
    }
}
