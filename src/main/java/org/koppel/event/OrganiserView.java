package org.koppel.event;

import java.sql.Connection;
import java.sql.SQLException;
import org.koppel.meeting.VideoRoom;

/** What the organiser's card reads: the event, its counts, its video room and the check-in link. */
record OrganiserView(Event event, EventStore.Counts counts, EventStore.Outcomes outcomes, String room,
                     String checkInLink) {
    static OrganiserView read(Connection c, long event, String base) throws SQLException {
        Event e = EventStore.load(c, event);
        if (e == null) {
            return null;
        }
        return new OrganiserView(e, EventStore.counts(c, event), EventStore.outcomes(c, event), e.video() ? VideoRoom.ofEvent(c, event) : null,
                base + "e" + e.token());
    }
}
