package org.koppel.introduction;

import java.sql.Connection;
import java.sql.SQLException;
import org.koppel.vetting.VolunteerProfile;
import org.koppel.vetting.VolunteerStore;

/** An introduction as the newcomer's conversation reads it, with the volunteer's first name (null once erased). */
record IntroductionView(Introduction introduction, String volunteerName) {
    static IntroductionView read(Connection c, long id) throws SQLException {
        Introduction i = IntroductionStore.load(c, id);
        if (i == null) {
            return null;
        }
        VolunteerProfile v = i.volunteer() == null ? null : VolunteerStore.read(c, i.volunteer());
        return new IntroductionView(i, v == null ? null : v.firstName());
    }
}
