package org.koppel.salon;

import java.sql.Connection;
import java.sql.SQLException;
import org.koppel.event.Event;
import org.koppel.event.EventStore;
import org.koppel.meeting.VideoRoom;
import org.koppel.profile.ProfileData;
import org.koppel.profile.ProfileStore;

/**
 * An appointment as either side reads it before each step: the record, the stand and its event,
 * and the newcomer's profile as it is now (null without one, or once they erased themselves).
 */
record AppointmentView(Appointment appointment, Stand stand, Event event, ProfileData profile, String room) {

    static AppointmentView read(Connection c, long id) throws SQLException {
        Appointment a = SalonStore.appointment(c, id);
        if (a == null) {
            return null;
        }
        Stand s = SalonStore.stand(c, a.stand());
        ProfileData p = a.newcomer() == null ? null : ProfileStore.read(c, a.newcomer());
        return new AppointmentView(a, s, EventStore.load(c, s.event()), p, VideoRoom.ofAppointment(c, id));
    }

    boolean contactSide(long person) {
        return stand.contactIs(person);
    }

    /** The newcomer's first name: from their profile, or as they typed it at the stand; null once erased. */
    String newcomerName() {
        if (appointment.newcomer() == null) {
            return null;
        }
        return profile != null && profile.firstName != null ? profile.firstName : appointment.name();
    }
}
