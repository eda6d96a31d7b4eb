package org.koppel.event;

import java.sql.Connection;
import java.sql.SQLException;
import org.koppel.meeting.VideoRoom;

/**
 * What a guest's conversation reads: the event (null when gone), its video room, their answer so
 * far, and how many are going (to say "full" before anything is promised).
 */
record GuestView(Event event, String room, String answer, int going) {
    static GuestView read(Connection c, long event, long person) throws SQLException {
        Event e = EventStore.load(c, event);
        if (e == null) {
            return null;
        }
        return new GuestView(e, e.video() ? VideoRoom.ofEvent(c, event) : null, EventStore.answer(c, event, person),
                EventStore.counts(c, event).going());
    }
}
