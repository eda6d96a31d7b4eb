package org.koppel.onboarding;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.koppel.config.Settings;
import org.koppel.flow.Button;
import org.koppel.flow.Effect;
import org.koppel.flow.FlowContext;
import org.koppel.flow.Input;
import org.koppel.flow.MeetingActions;
import org.koppel.flow.Say;
import org.koppel.flow.Schedule;
import org.koppel.flow.Signal;
import org.koppel.flow.Step;
import org.koppel.flow.Tell;
import org.koppel.flow.Unschedule;
import org.koppel.i18n.Texts;
import org.koppel.meeting.When;

/**
 * What a confirmed meeting sets going, all in the newcomer's lane, which owns the meeting:
 * reminders to both before it, the follow-up for both after it, the newcomer's check-in weeks
 * later. Every job carries the meeting and its round, so a moved or cancelled meeting's old
 * jobs find nothing to do even if one slipped through.
 */
final class AfterMeeting {
    static final String REMIND = "remind";
    static final String FOLLOW_UP = "followup";
    static final String CHECK_IN = "checkin";

    private AfterMeeting() {
    }

    /**
     * When a reminder so many minutes before a local start is due. Whole days count on the local
     * clock (a day before 09:00 is 09:00 the day before, also across a DST change); other
     * offsets are exact durations.
     */
    static Instant due(LocalDateTime start, ZoneId zone, int minutesBefore) {
        ZonedDateTime at = start.atZone(zone);
        return (minutesBefore % 1440 == 0 ? at.minusDays(minutesBefore / 1440) : at.minusMinutes(minutesBefore)).toInstant();
    }

    /** The jobs of a newly confirmed meeting, replacing those of its earlier time. */
    static List<Effect> schedule(long meeting, int round, LocalDateTime start, FlowContext ctx) {
        Settings s = ctx.config().settings();
        List<Effect> out = new ArrayList<>(cancelJobs());
        String key = Long.toString(meeting, 36) + ":" + round;
        for (int minutes : s.reminderMinutes()) {
            Instant due = due(start, s.zone(), minutes);
            if (due.isAfter(ctx.now())) {
                out.add(new Schedule(REMIND, key + ":" + minutes, due, false));
            }
        }
        Instant end = start.atZone(s.zone()).toInstant().plus(Duration.ofMinutes(s.meetingMinutes()));
        out.add(new Schedule(FOLLOW_UP, key, end.plus(Duration.ofMinutes(s.followUpMinutes())), false));
        return out;
    }

    static List<Effect> cancelJobs() {
        return List.of(new Unschedule(REMIND), new Unschedule(FOLLOW_UP));
    }

    static boolean concerns(Input.Event e) {
        return e.name().startsWith(Schedule.EVENT_PREFIX + REMIND) || e.name().startsWith(Schedule.EVENT_PREFIX + FOLLOW_UP)
                || e.name().equals(Schedule.EVENT_PREFIX + CHECK_IN)
                || e.name().equals(MeetingActions.OWN_EVENT) && e.value().startsWith(MeetingActions.CHECK_IN);
    }

    static Step<Draft> event(String state, Draft d, Input.Event e, FlowContext ctx) {
        if (e.name().equals(MeetingActions.OWN_EVENT)) {
            return CheckIn.answer(state, d, e.value(), ctx);
        }
        if (e.name().equals(Schedule.EVENT_PREFIX + CHECK_IN)) {
            return CheckIn.ask(state, d, Long.parseLong(e.value(), 36), ctx);
        }
        String[] v = e.value().split(":");
        boolean current = state.equals(MeetingTimes.CONFIRMED) && d.meetingId != null
                && d.meetingId == Long.parseLong(v[0], 36) && d.round == Integer.parseInt(v[1]);
        if (!current) {
            return Step.of(state, d);
        }
        LocalDateTime start = LocalDateTime.parse(d.startsAt);
        if (e.name().equals(Schedule.EVENT_PREFIX + REMIND)) {
            return remind(state, d, start, Integer.parseInt(v[2]), ctx);
        }
        return followUp(d, start, ctx);
    }

    /**
     * Sent only while still useful: not once the meeting has begun, and not when a later reminder
     * is already due too (after downtime), which then says it instead.
     */
    private static Step<Draft> remind(String state, Draft d, LocalDateTime start, int minutes, FlowContext ctx) {
        Settings s = ctx.config().settings();
        boolean begun = !ctx.now().isBefore(start.atZone(s.zone()).toInstant());
        boolean later = s.reminderMinutes().stream().anyMatch(m -> m < minutes && !due(start, s.zone(), m).isAfter(ctx.now()));
        if (begun || later) {
            return Step.of(state, d);
        }
        long newcomer = ctx.personId();
        String newcomerName = d.firstName;
        String volunteerName = d.matchName;
        String place = d.place;
        return Step.of(state, d,
                new Tell(newcomer, t -> reminder(t, volunteerName, start, place, d.meetingId, newcomer, s)),
                new Tell(d.matchId, t -> reminder(t, newcomerName, start, place, d.meetingId, newcomer, s)));
    }

    private static Say reminder(Texts t, String other, LocalDateTime start, String place, long meeting, long newcomer,
                                Settings s) {
        String lang = t.language();
        String text = t.t("remind.text", "name", other, "day", When.day(start, lang), "time", When.time(start, lang),
                "place", MeetingCard.where(place, t));
        return new Say(text, List.of(
                List.of(new Button(t.t("button.attend"), MeetingActions.card(MeetingActions.ATTEND, meeting, newcomer))),
                List.of(new Button(t.t("button.reschedule"), MeetingActions.card(MeetingActions.RESCHEDULE, meeting, newcomer)),
                        new Button(t.t("button.cancel_meeting"), MeetingActions.card(MeetingActions.CANCEL, meeting, newcomer)))));
    }

    /** After the meeting both are asked how it went; the newcomer can look for the next one. */
    private static Step<Draft> followUp(Draft d, LocalDateTime start, FlowContext ctx) {
        Settings s = ctx.config().settings();
        String m36 = Long.toString(d.meetingId, 36);
        Draft next = d.copy();
        Feedback f = new Feedback(d.meetingId, FollowUp.NEWCOMER, d.matchName, null, null, List.of(), false);
        next.feedback.put(m36, f);
        next.meetingId = null;
        next.compose = null;
        List<Effect> effects = new ArrayList<>(FollowUp.begin(f, ctx));
        effects.add(new Signal(d.matchId, FollowUp.START, m36 + ":" + d.firstName));
        Instant checkIn = start.atZone(s.zone()).plusWeeks(s.checkInWeeks()).toInstant();
        effects.add(new Schedule(CHECK_IN, m36, checkIn, true));
        return new Step<>(OnboardingFlow.DONE, next, List.copyOf(effects));
    }
}
