package org.koppel.meeting;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.koppel.meeting.Meeting.Status;
import org.koppel.meeting.MeetingCommand.Accept;
import org.koppel.meeting.MeetingCommand.Again;
import org.koppel.meeting.MeetingCommand.Attend;
import org.koppel.meeting.MeetingCommand.Cancel;
import org.koppel.meeting.MeetingCommand.Choose;
import org.koppel.meeting.MeetingCommand.Decline;
import org.koppel.meeting.MeetingCommand.Expire;
import org.koppel.meeting.MeetingCommand.Held;
import org.koppel.meeting.MeetingCommand.OtherTimes;
import org.koppel.meeting.MeetingCommand.Propose;
import org.koppel.meeting.MeetingCommand.Request;
import org.koppel.meeting.MeetingCommand.Reschedule;
import org.koppel.meeting.MeetingCommand.Share;

/**
 * The one place a meeting changes, as a pure function: a meeting (null before it is requested)
 * and a command give the meeting after and what changed, or a refusal. Every change must come
 * from the status it expects and from one of the two people it belongs to, so a late, repeated
 * or forged command changes nothing:
 * <pre>
 * (none)     request → REQUESTED; both want to meet again → ACCEPTED
 * REQUESTED  accept → ACCEPTED; decline → DECLINED; expire → EXPIRED
 * ACCEPTED   propose times → PROPOSED
 * PROPOSED   choose a time still ahead → CONFIRMED (next round); other times → ACCEPTED
 * CONFIRMED  reschedule (this round) → ACCEPTED; the follow-up's answer → HELD, NOT_HELD, NO_SHOW
 * any open   cancel → CANCELLED; share a contact (each side once)
 * </pre>
 */
public final class Meetings {
    private Meetings() {
    }

    /** The meeting after the command and what changed, or why not (after is then null). */
    public record Result(Meeting after, Change change, String refused) {
        static Result refuse(String why) {
            return new Result(null, Change.REJECTED, why);
        }

        public boolean applied() {
            return after != null;
        }
    }

    /** The why of a meeting planned because both sides wanted to meet again. */
    public static final String AGAIN = "again";

    public static Result apply(Meeting m, long id, MeetingCommand c, Instant now, ZoneId zone) {
        if (c instanceof Request r) {
            return m != null ? Result.refuse("exists") : new Result(new Meeting(id, r.by(), r.volunteer(),
                    Status.REQUESTED, null, r.reasons(), now.toEpochMilli(), List.of(), null, null, zone.getId(), 0,
                    false, false, null, 1), Change.REQUESTED, null);
        }
        if (c instanceof Again a) {
            // no request step: both already said yes at the end of the meeting before
            return m != null ? Result.refuse("exists") : new Result(new Meeting(id, a.newcomer(), a.volunteer(),
                    Status.ACCEPTED, AGAIN, "[]", now.toEpochMilli(), List.of(), null, null, zone.getId(), 0,
                    false, false, null, 1), Change.ACCEPTED, null);
        }
        if (m == null) {
            return Result.refuse("unknown");
        }
        boolean volunteer = m.isVolunteer(c.by());
        boolean newcomer = m.isNewcomer(c.by());
        boolean party = volunteer || newcomer;
        Status s = m.status();
        if (c instanceof Accept && volunteer && s == Status.REQUESTED) {
            return new Result(m.with(Status.ACCEPTED, "first"), Change.ACCEPTED, null);
        }
        if (c instanceof Decline && volunteer && s == Status.REQUESTED) {
            return new Result(m.with(Status.DECLINED, null), Change.DECLINED, null);
        }
        if (c instanceof Expire && s == Status.REQUESTED) {
            return new Result(m.with(Status.EXPIRED, null), Change.EXPIRED, null);
        }
        if (c instanceof Propose p && volunteer && s == Status.ACCEPTED && !p.times().isEmpty()) {
            return new Result(m.planned(p.times(), p.place()), Change.PROPOSED, null);
        }
        if (c instanceof Choose ch && newcomer && s == Status.PROPOSED && m.proposed().contains(ch.time())) {
            if (!LocalDateTime.parse(ch.time()).atZone(zone).toInstant().isAfter(now)) {
                return Result.refuse("passed");
            }
            return new Result(m.confirmed(ch.time(), zone.getId()), Change.CONFIRMED, null);
        }
        if (c instanceof OtherTimes && newcomer && s == Status.PROPOSED) {
            return new Result(m.replanned("other_times"), Change.REPLANNED, null);
        }
        if (c instanceof Reschedule r && party && s == Status.CONFIRMED && (r.round() < 0 || r.round() == m.round())) {
            return new Result(m.replanned(volunteer ? "reschedule" : "reschedule_asked"), Change.REPLANNED, null);
        }
        if (c instanceof Cancel k && (party || k.by() == 0) && s.open() && (k.round() < 0 || k.round() == m.round())) {
            return new Result(m.cancelled(k.by(), k.why()), Change.CANCELLED, null);
        }
        if (c instanceof Share && party && s.open() && !(volunteer ? m.volunteerShares() : m.newcomerShares())) {
            return new Result(m.shared(volunteer), Change.SHARED, null);
        }
        if (c instanceof Share && party && s.open()) {
            return Result.refuse("already");
        }
        if (c instanceof Attend a && party && s == Status.CONFIRMED && (a.round() < 0 || a.round() == m.round())) {
            return new Result(m, Change.ATTENDING, null);
        }
        if (c instanceof Held h && party && s == Status.CONFIRMED) {
            Status after = switch (h.tookPlace()) {
                case "yes" -> Status.HELD;
                case "no_show" -> Status.NO_SHOW;
                default -> Status.NOT_HELD;
            };
            return new Result(m.with(after, volunteer ? "volunteer" : "newcomer"), Change.CLOSED, null);
        }
        return Result.refuse(s.stored());
    }
}
