package org.koppel.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.koppel.meeting.Meeting.Status;
import org.koppel.meeting.MeetingCommand.Accept;
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

/** The meeting's state machine row by row: who may change what, from which status, and what it becomes. */
final class MeetingsTest {
    private static final long N = 501;
    private static final long V = 601;
    private static final long STRANGER = 999;
    private static final ZoneId AMS = ZoneId.of("Europe/Amsterdam");
    /** Monday 23 November 2026, 11:00 in Amsterdam. */
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final List<String> TIMES = List.of("2026-11-24T19:00", "2026-11-25T19:00");

    private static Meetings.Result apply(Meeting m, MeetingCommand c) {
        return Meetings.apply(m, 7, c, NOW, AMS);
    }

    private static Meeting after(Meeting m, MeetingCommand c) {
        Meetings.Result r = apply(m, c);
        assertTrue(r.applied(), c + " on " + (m == null ? "nothing" : m.status()) + " was refused: " + r.refused());
        return r.after();
    }

    private static Meeting requested() {
        return after(null, new Request(N, V, "[]"));
    }

    private static Meeting confirmed() {
        Meeting m = after(after(after(requested(), new Accept(V)), new Propose(V, TIMES, "Café")), new Choose(N, TIMES.get(1)));
        assertEquals(Status.CONFIRMED, m.status());
        return m;
    }

    private static void refused(Meeting m, MeetingCommand c) {
        Meetings.Result r = apply(m, c);
        assertFalse(r.applied(), c + " should be refused in " + m.status());
        assertEquals(Change.REJECTED, r.change());
        assertNull(r.after());
    }

    @Test
    void aRequestIsBetweenTheNewcomerWhoAsksAndTheVolunteerAsked() {
        Meeting m = requested();
        assertEquals(Status.REQUESTED, m.status());
        assertEquals(N, m.newcomer());
        assertEquals(V, m.volunteer());
        assertEquals(1, m.version());
        refused(m, new Request(N, V, "[]"));
    }

    @Test
    void onlyTheVolunteerAnswersARequestAndOnlyOnce() {
        Meeting m = requested();
        refused(m, new Accept(N));
        refused(m, new Accept(STRANGER));
        Meeting accepted = after(m, new Accept(V));
        assertEquals(Status.ACCEPTED, accepted.status());
        assertEquals("first", accepted.why());
        refused(accepted, new Decline(V));
        refused(accepted, new Expire(0));
        assertEquals(Status.DECLINED, after(m, new Decline(V)).status());
        assertEquals(Status.EXPIRED, after(m, new Expire(0)).status());
    }

    @Test
    void theVolunteerProposesAndTheNewcomerChoosesATimeStillAhead() {
        Meeting accepted = after(requested(), new Accept(V));
        refused(accepted, new Propose(N, TIMES, "Café"));
        refused(accepted, new Propose(V, List.of(), "Café"));
        Meeting proposed = after(accepted, new Propose(V, TIMES, null));
        assertEquals(TIMES, proposed.proposed());
        assertNull(proposed.place(), "no place: a video call");
        refused(proposed, new Choose(V, TIMES.get(0)));
        refused(proposed, new Choose(N, "2026-11-26T19:00"));
        Meetings.Result past = Meetings.apply(proposed, 7, new Choose(N, TIMES.get(0)), Instant.parse("2026-11-24T18:00:00Z"), AMS);
        assertEquals("passed", past.refused());
        Meeting confirmed = after(proposed, new Choose(N, TIMES.get(0)));
        assertEquals("2026-11-24T19:00", confirmed.start());
        assertEquals(1, confirmed.round());
        assertEquals("Europe/Amsterdam", confirmed.zone());
    }

    @Test
    void otherTimesAndReschedulingGoBackToProposingWithTheReasonWhy() {
        Meeting proposed = after(after(requested(), new Accept(V)), new Propose(V, TIMES, "Café"));
        Meeting other = after(proposed, new OtherTimes(N));
        assertEquals(Status.ACCEPTED, other.status());
        assertEquals("other_times", other.why());
        assertTrue(other.proposed().isEmpty());
        Meeting m = confirmed();
        assertEquals("reschedule", after(m, new Reschedule(V, 1)).why());
        assertEquals("reschedule_asked", after(m, new Reschedule(N, 1)).why());
        refused(m, new Reschedule(N, 0));
        refused(m, new Reschedule(STRANGER, 1));
        assertEquals(2, after(after(after(m, new Reschedule(N, 1)), new Propose(V, TIMES, "Café")),
                new Choose(N, TIMES.get(0))).round(), "a moved meeting gets the next round");
    }

    @Test
    void eitherSideCancelsAnOpenMeetingOnceAndAnOldCardCannot() {
        Meeting m = confirmed();
        Meeting cancelled = after(m, new Cancel(V, "cancelled", 1));
        assertEquals(Status.CANCELLED, cancelled.status());
        assertEquals(V, cancelled.cancelledBy());
        refused(cancelled, new Cancel(N, "cancelled", 1));
        refused(m, new Cancel(N, "cancelled", 0));
        refused(m, new Cancel(STRANGER, "cancelled", -1));
        assertEquals("left", after(requested(), new Cancel(N, "left", -1)).why());
        assertNull(after(m, new Cancel(0, "cancelled", -1)).cancelledBy(), "the bot itself");
    }

    @Test
    void eachSideSharesItsContactOnceAndConfirmingPresenceChangesNothing() {
        Meeting m = confirmed();
        Meeting mine = after(m, new Share(N));
        assertTrue(mine.newcomerShares() && !mine.volunteerShares());
        assertEquals("already", apply(mine, new Share(N)).refused());
        assertTrue(after(mine, new Share(V)).volunteerShares());
        Meetings.Result attend = apply(m, new Attend(V, 1));
        assertEquals(Change.ATTENDING, attend.change());
        assertSame(m, attend.after(), "nothing to store");
    }

    @Test
    void theFirstFollowUpAnswerSettlesWhetherItTookPlace() {
        Meeting m = confirmed();
        assertEquals(Status.HELD, after(m, new Held(N, "yes")).status());
        assertEquals(Status.NO_SHOW, after(m, new Held(V, "no_show")).status());
        assertEquals(Status.NOT_HELD, after(m, new Held(N, "no")).status());
        refused(after(m, new Held(N, "yes")), new Held(V, "no_show"));
    }

    @Test
    void everyChangeCountsOneVersionOn() {
        Meeting m = requested();
        Meeting a = after(m, new Accept(V));
        assertEquals(m.version() + 1, a.version());
        assertEquals(a.version() + 1, after(a, new Propose(V, TIMES, "Café")).version());
    }
}
