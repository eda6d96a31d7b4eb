package org.koppel.meeting;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import org.koppel.core.PersonStore;
import org.koppel.profile.ProfileData;
import org.koppel.profile.ProfileStore;
import org.koppel.vetting.VolunteerProfile;
import org.koppel.vetting.VolunteerStore;

/**
 * A meeting as one of its two people's conversations reads it before each step: the record and
 * what is shown of each side (null for a side that has been erased).
 */
public record MeetingView(Meeting meeting, ProfileData newcomer, VolunteerProfile volunteer, String room,
                          String newcomerLanguage) {

    /** A view without a video room, as tests of the sides build it. */
    public MeetingView(Meeting meeting, ProfileData newcomer, VolunteerProfile volunteer) {
        this(meeting, newcomer, volunteer, null, null);
    }

    /** The meeting and both its people as far as they are still known, or null for no such meeting. */
    public static MeetingView read(Connection c, long id) throws SQLException {
        Meeting m = MeetingStore.load(c, id);
        if (m == null) {
            return null;
        }
        ProfileData n = m.newcomer() == null ? null : ProfileStore.read(c, m.newcomer());
        VolunteerProfile v = m.volunteer() == null ? null : VolunteerStore.read(c, m.volunteer());
        return new MeetingView(m, n, v, VideoRoom.of(c, m.id()), n == null ? null : PersonStore.language(c, m.newcomer()));
    }

    /** Whom a message about this meeting to the person names: the other side, unless erased. */
    public static Set<Long> about(MeetingView view, long person) {
        Long other = view == null ? null : view.meeting().other(person);
        return other == null ? Set.of() : Set.of(other);
    }

    public boolean volunteerSide(long person) {
        return meeting.isVolunteer(person);
    }

    /** The first name of the other side, or null when they are gone. */
    public String otherName(long person) {
        if (volunteerSide(person)) {
            return newcomer == null ? null : newcomer.firstName;
        }
        return volunteer == null ? null : volunteer.firstName();
    }

    public String ownName(long person) {
        if (volunteerSide(person)) {
            return volunteer == null ? null : volunteer.firstName();
        }
        return newcomer == null ? null : newcomer.firstName;
    }
}
