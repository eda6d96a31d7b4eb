package org.koppel.salon;

import java.sql.Connection;
import java.sql.SQLException;
import org.koppel.event.Event;
import org.koppel.event.EventStore;
import org.koppel.profile.ProfileData;
import org.koppel.profile.ProfileStore;

/** A stand as the newcomer at it reads it: the organisation, its event, their profile and what they left there before. */
record StandView(Stand stand, Event event, ProfileData profile, Appointment left) {
    static StandView read(Connection c, long stand, long person) throws SQLException {
        Stand s = SalonStore.stand(c, stand);
        if (s == null) {
            return null;
        }
        return new StandView(s, EventStore.load(c, s.event()), ProfileStore.read(c, person),
                SalonStore.left(c, stand, person));
    }
}
