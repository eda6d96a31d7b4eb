package org.koppel.salon;

import java.sql.Connection;
import java.sql.SQLException;
import org.koppel.event.Event;
import org.koppel.event.EventStore;
import org.koppel.profile.ProfileData;
import org.koppel.profile.ProfileStore;

/**
 * A stand as the newcomer at it reads it: the organisation, its event, their profile, what they
 * left there before, and whether they checked in at the event.
 */
record StandView(Stand stand, Event event, ProfileData profile, Appointment left, boolean checkedIn) {
    static StandView read(Connection c, long stand, long person) throws SQLException {
        Stand s = SalonStore.stand(c, stand);
        if (s == null) {
            return null;
        }
        boolean came;
        try (var q = c.prepareStatement("SELECT 1 FROM event_guest WHERE event_id = ? AND person_id = ? "
                + "AND checked_in_at IS NOT NULL")) {
            q.setLong(1, s.event());
            q.setLong(2, person);
            try (var r = q.executeQuery()) {
                came = r.next();
            }
        }
        return new StandView(s, EventStore.load(c, s.event()), ProfileStore.read(c, person),
                SalonStore.left(c, stand, person), came);
    }
}
