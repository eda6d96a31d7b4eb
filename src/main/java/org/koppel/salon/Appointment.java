package org.koppel.salon;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * What one newcomer left at one stand, and the appointment they may have asked for. proposed
 * holds the contact's times (local, ISO); place null with times proposed means a video call;
 * newcomer null once they erased themselves.
 */
public record Appointment(long id, long stand, Long newcomer, String name, String note, Status status,
                          List<String> proposed, String place, String start, String zone, String result, int version) {

    public Appointment {
        proposed = proposed == null ? List.of() : List.copyOf(proposed);
    }

    /** Where it stands. Stored in lower case. */
    public enum Status {
        LEFT, REQUESTED, PROPOSED, CONFIRMED, DECLINED, CANCELLED, HELD, NOT_HELD;

        public String stored() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Status of(String stored) {
            return valueOf(stored.toUpperCase(Locale.ROOT));
        }

        /** Asked for and not yet over: times can still be proposed, chosen or the whole called off. */
        boolean open() {
            return this == REQUESTED || this == PROPOSED || this == CONFIRMED;
        }
    }

    boolean isNewcomer(long person) {
        return newcomer != null && newcomer == person;
    }

    LocalDateTime startTime() {
        return start == null ? null : LocalDateTime.parse(start);
    }

    ZoneId zoneId() {
        return zone == null ? null : ZoneId.of(zone);
    }
}
