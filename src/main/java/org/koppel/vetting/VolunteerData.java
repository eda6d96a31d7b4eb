package org.koppel.vetting;

import java.util.ArrayList;
import java.util.List;
import org.koppel.questions.Answers;

/** A volunteer's answers so far, kept as their profile conversation's data after every step. */
public final class VolunteerData implements Answers<VolunteerData> {
    public String firstName;
    public String jobTitle;
    public String organisation;
    public List<String> sectors = new ArrayList<>();
    public List<String> offers = new ArrayList<>();
    public List<String> languages = new ArrayList<>();
    public String region;
    public String mode;
    public String capacity;
    public List<String> availability = new ArrayList<>();
    /** Set while a field is changed from the summary: answering returns to the summary. */
    public boolean editing;
    /** The question /cancel left, to go on from with /profile or /start. */
    public String pausedAt;
    public boolean complete;
    /** Names this sending of the profile for review: a review button carries it, so one for an older profile cannot decide. */
    public long submission;

    @Override
    public VolunteerData copy() {
        VolunteerData d = new VolunteerData();
        d.firstName = firstName;
        d.jobTitle = jobTitle;
        d.organisation = organisation;
        d.sectors = new ArrayList<>(sectors);
        d.offers = new ArrayList<>(offers);
        d.languages = new ArrayList<>(languages);
        d.region = region;
        d.mode = mode;
        d.capacity = capacity;
        d.availability = new ArrayList<>(availability);
        d.editing = editing;
        d.pausedAt = pausedAt;
        d.complete = complete;
        d.submission = submission;
        return d;
    }
}
