package org.koppel.vetting;

import java.util.List;

/** A submitted volunteer profile, as stored in volunteer_profile. */
public record VolunteerProfile(
        String firstName, String jobTitle, String organisation, List<String> sectors, List<String> offers,
        List<String> languages, String region, String meetingMode, int monthlyCapacity, List<String> availability) {

    static VolunteerProfile of(VolunteerData d) {
        return new VolunteerProfile(d.firstName, d.jobTitle, d.organisation, List.copyOf(d.sectors),
                List.copyOf(d.offers), List.copyOf(d.languages), d.region, d.mode, Integer.parseInt(d.capacity),
                List.copyOf(d.availability));
    }
}
