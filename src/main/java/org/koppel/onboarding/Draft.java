package org.koppel.onboarding;

import java.util.ArrayList;
import java.util.List;

/**
 * A person's answers so far, newcomer or volunteer, stored as the conversation's data after
 * every step; each role's questions fill the fields they ask about.
 * Steps never change the draft they are given: they change a {@link #copy()}.
 */
public final class Draft {
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
    public String jobTitle;
    public String organisation;
    public List<String> offers = new ArrayList<>();
    public String capacity;
    /** Set while a field is changed from the summary: answering returns to the summary. */
    public boolean editing;
    /** The sectors before they were changed from the summary: new sectors lead on to their skills. */
    public List<String> sectorsBefore;
    /** The meeting request the newcomer is waiting on, the volunteer's first name, and declines so far. */
    public Long meetingId;
    public String matchName;
    public int declines;
    /** After Accept: the volunteer, the times they proposed, the chosen start, and how often it was set. */
    public Long matchId;
    public List<String> slots = new ArrayList<>();
    public String place;
    public String startsAt;
    public int round;
    /** Who of the two chose to share their Telegram contact (kept on the newcomer's side). */
    public boolean shareMine;
    public boolean shareTheirs;
    /** Set after /message: the next text goes to this person. */
    public Partner compose;
    /** A volunteer's meetings: the one they are choosing times for, those waiting, and everyone they can write to. */
    public Plan plan;
    public List<org.koppel.meeting.PlanRequest> plans = new ArrayList<>();
    public List<Partner> partners = new ArrayList<>();
    /** Community steps under way beside the flow's state (see CommunitySteps), and what they collected. */
    public String side;
    public BroadcastDraft broadcast;
    public List<org.koppel.community.CommunityLookup.Info> options = new ArrayList<>();
    public List<String> sideValues = new ArrayList<>();
    /** Follow-ups being answered, by meeting id in base 36. */
    public java.util.Map<String, Feedback> feedback = new java.util.LinkedHashMap<>();
    /** The state /cancel left, to go on from with /profile or /start. */
    public String pausedAt;
    /** The profile was confirmed at least once. */
    public boolean complete;

    public Draft copy() {
        Draft d = new Draft();
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
        d.jobTitle = jobTitle;
        d.organisation = organisation;
        d.offers = new ArrayList<>(offers);
        d.capacity = capacity;
        d.editing = editing;
        d.sectorsBefore = sectorsBefore == null ? null : new ArrayList<>(sectorsBefore);
        d.pausedAt = pausedAt;
        d.complete = complete;
        d.meetingId = meetingId;
        d.matchName = matchName;
        d.declines = declines;
        d.matchId = matchId;
        d.slots = new ArrayList<>(slots);
        d.place = place;
        d.startsAt = startsAt;
        d.round = round;
        d.shareMine = shareMine;
        d.shareTheirs = shareTheirs;
        d.compose = compose;
        d.plan = plan;
        d.plans = new ArrayList<>(plans);
        d.partners = new ArrayList<>(partners);
        d.feedback = new java.util.LinkedHashMap<>(feedback);
        d.side = side;
        d.broadcast = broadcast;
        d.options = new ArrayList<>(options);
        d.sideValues = new ArrayList<>(sideValues);
        return d;
    }
}
