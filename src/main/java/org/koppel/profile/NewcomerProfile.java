package org.koppel.profile;

import java.util.List;

/** A confirmed newcomer profile, as stored in newcomer_profile. */
public record NewcomerProfile(
        String firstName, String region, String town, List<String> sectors, String occupation,
        String experience, List<String> skills, String skillsOther, String education, String dutchLevel,
        List<String> languages, List<String> goals, List<String> availability, String meetingMode) {

    static NewcomerProfile of(ProfileData d) {
        return new NewcomerProfile(d.firstName, d.region, d.town, List.copyOf(d.sectors), d.occupation,
                d.experience, List.copyOf(d.skills), d.skillsOther, d.education, d.dutch, List.copyOf(d.languages),
                List.copyOf(d.goals), List.copyOf(d.availability), d.mode);
    }
}
