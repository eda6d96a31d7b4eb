package org.koppel.relay;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.koppel.meeting.Meeting;
import org.koppel.meeting.MeetingStore;
import org.koppel.profile.ProfileStore;
import org.koppel.vetting.VolunteerStore;
import org.koppel.meeting.MeetingView;

/** Whom a person can write to: the other side of each meeting accepted and not ended, if they are still there. */
final class Partners {
    private Partners() {
    }

    static List<Partner> of(Connection c, long person) throws SQLException {
        List<Partner> out = new ArrayList<>();
        for (Meeting m : MeetingStore.open(c, person)) {
            Long other = m.other(person);
            if (m.status() == Meeting.Status.REQUESTED || other == null) {
                continue;
            }
            MeetingView v = MeetingView.read(c, m.id());
            String name = v.otherName(person);
            if (name != null) {
                out.add(new Partner(m.id(), other, name));
            }
        }
        return out;
    }

    /** A person's first name as their profile gives it, newcomer or volunteer; null when there is none. */
    static String name(Connection c, long person) throws SQLException {
        String newcomer = ProfileStore.firstName(c, person);
        return newcomer != null ? newcomer : VolunteerStore.firstName(c, person);
    }
}
