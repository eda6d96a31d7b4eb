package org.koppel.meeting;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * A coffee meeting, the only truth about itself. newcomer or volunteer is null once that person
 * has been erased (the row stays for the counts). proposed holds the times the volunteer offered
 * (local, ISO), place null means a video call, start is the local time in zone, round counts
 * confirmations (a moved meeting gets the next), version counts every change.
 *
 * @param why the reason of the latest change: "first", "other_times", "reschedule",
 *            "reschedule_asked" for planning; "cancelled", "cannot", "left" for a cancellation
 */
public record Meeting(long id, Long newcomer, Long volunteer, Status status, String why, String reasons,
                      long requestedAt, List<String> proposed, String place, String start, String zone, int round,
                      boolean newcomerShares, boolean volunteerShares, Long cancelledBy, int version) {

    public Meeting {
        proposed = proposed == null ? List.of() : List.copyOf(proposed);
    }

    /** Where a meeting stands. Stored in lower case. */
    public enum Status {
        REQUESTED, ACCEPTED, PROPOSED, CONFIRMED, DECLINED, EXPIRED, CANCELLED, HELD, NOT_HELD, NO_SHOW;

        public String stored() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Status of(String stored) {
            return valueOf(stored.toUpperCase(Locale.ROOT));
        }

        /** Still going: asked, being planned or planned. */
        public boolean open() {
            return this == REQUESTED || this == ACCEPTED || this == PROPOSED || this == CONFIRMED;
        }
    }

    public boolean isNewcomer(long person) {
        return newcomer != null && newcomer == person;
    }

    public boolean isVolunteer(long person) {
        return volunteer != null && volunteer == person;
    }

    /** The other side of the meeting for one of its two people, or null when erased. */
    public Long other(long person) {
        return isNewcomer(person) ? volunteer : newcomer;
    }

    /**
     * Counts the changes to the plan: every change but a shared contact (which leaves the plan as
     * it is, and each side shares once).
     */
    public int plan() {
        return version - (newcomerShares ? 1 : 0) - (volunteerShares ? 1 : 0);
    }

    public LocalDateTime startTime() {
        return start == null ? null : LocalDateTime.parse(start);
    }

    public ZoneId zoneId() {
        return zone == null ? null : ZoneId.of(zone);
    }

    Meeting with(Status s, String newWhy) {
        return new Meeting(id, newcomer, volunteer, s, newWhy, reasons, requestedAt, proposed, place, start, zone, round,
                newcomerShares, volunteerShares, cancelledBy, version + 1);
    }

    Meeting planned(List<String> times, String where) {
        return new Meeting(id, newcomer, volunteer, Status.PROPOSED, why, reasons, requestedAt, times, where, null, zone,
                round, newcomerShares, volunteerShares, cancelledBy, version + 1);
    }

    Meeting replanned(String newWhy) {
        return new Meeting(id, newcomer, volunteer, Status.ACCEPTED, newWhy, reasons, requestedAt, List.of(), null, null,
                zone, round, newcomerShares, volunteerShares, cancelledBy, version + 1);
    }

    Meeting confirmed(String at, String inZone) {
        return new Meeting(id, newcomer, volunteer, Status.CONFIRMED, why, reasons, requestedAt, proposed, place, at,
                inZone, round + 1, newcomerShares, volunteerShares, cancelledBy, version + 1);
    }

    Meeting cancelled(long by, String reason) {
        return new Meeting(id, newcomer, volunteer, Status.CANCELLED, reason, reasons, requestedAt, proposed, place, start,
                zone, round, newcomerShares, volunteerShares, by == 0 ? null : by, version + 1);
    }

    Meeting shared(boolean byVolunteer) {
        return new Meeting(id, newcomer, volunteer, status, why, reasons, requestedAt, proposed, place, start, zone, round,
                newcomerShares || !byVolunteer, volunteerShares || byVolunteer, cancelledBy, version + 1);
    }
}
