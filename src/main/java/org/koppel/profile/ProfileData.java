package org.koppel.profile;

import java.util.ArrayList;
import java.util.List;
import org.koppel.questions.Answers;

/** A newcomer's answers so far, kept as the profile conversation's data after every step. */
public final class ProfileData implements Answers<ProfileData> {
    public String firstName;
    public String region;
    public String town;
    public List<String> sectors = new ArrayList<>();
    public String occupation;
    public String experience;
    public List<String> skills = new ArrayList<>();
    public String skillsOther;
    public String education;
    public String dutch;
    public List<String> languages = new ArrayList<>();
    public List<String> goals = new ArrayList<>();
    public List<String> availability = new ArrayList<>();
    public String mode;
    /** Set while a field is changed from the summary: answering returns to the summary. */
    public boolean editing;
    /** The sectors before they were changed from the summary: new sectors lead on to their skills. */
    public List<String> sectorsBefore;
    /** The question /cancel left, to go on from with /profile or /start. */
    public String pausedAt;
    /** The profile was confirmed at least once. */
    public boolean complete;

    @Override
    public ProfileData copy() {
        ProfileData d = new ProfileData();
        d.firstName = firstName;
        d.region = region;
        d.town = town;
        d.sectors = new ArrayList<>(sectors);
        d.occupation = occupation;
        d.experience = experience;
        d.skills = new ArrayList<>(skills);
        d.skillsOther = skillsOther;
        d.education = education;
        d.dutch = dutch;
        d.languages = new ArrayList<>(languages);
        d.goals = new ArrayList<>(goals);
        d.availability = new ArrayList<>(availability);
        d.mode = mode;
        d.editing = editing;
        d.sectorsBefore = sectorsBefore == null ? null : new ArrayList<>(sectorsBefore);
        d.pausedAt = pausedAt;
        d.complete = complete;
        return d;
    }
}
