package org.koppel.meeting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.koppel.config.Settings;
import org.koppel.conversation.Button;
import org.koppel.conversation.Context;
import org.koppel.conversation.Effect;
import org.koppel.conversation.Say;
import org.koppel.conversation.Schedule;
import org.koppel.conversation.Step;
import org.koppel.i18n.Texts;

/**
 * What a confirmed meeting sets going on each side: reminders before it and the hand-over to the
 * follow-up after it. Each job carries the round it was set for and checks the meeting when it
 * fires, so a moved or cancelled meeting's old jobs find nothing to do.
 */
final class Reminders {
    static final String REMIND = "remind:";
    static final String FOLLOW_UP = "followup";

    private Reminders() {
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

    static List<Effect> schedule(Meeting m, Context ctx) {
        Settings s = ctx.config().settings();
        List<Effect> out = new ArrayList<>();
        for (int minutes : s.reminderMinutes()) {
            Instant due = due(m.startTime(), m.zoneId(), minutes);
            if (due.isAfter(ctx.now())) {
                out.add(Schedule.here(REMIND + minutes, m.round() + ":" + minutes, due));
            }
        }
        Instant end = m.startTime().atZone(m.zoneId()).toInstant().plus(Duration.ofMinutes(s.meetingMinutes()));
        out.add(Schedule.here(FOLLOW_UP, Integer.toString(m.round()), end.plus(Duration.ofMinutes(s.followUpMinutes()))));
        return out;
    }

    /**
     * Sent only while still useful: not once the meeting has begun, and not when a later reminder
     * is already due too (after downtime), which then says it instead.
     */
    static Step<SideData> remind(String state, SideData d, MeetingView v, String payload, Context ctx) {
        Meeting m = v.meeting();
        String[] p = payload.split(":");
        if (m.status() != Meeting.Status.CONFIRMED || p.length != 2 || !p[0].equals(Integer.toString(m.round()))) {
            return Step.of(state, d);
        }
        int minutes = Integer.parseInt(p[1]);
        Settings s = ctx.config().settings();
        LocalDateTime start = m.startTime();
        boolean begun = !ctx.now().isBefore(start.atZone(m.zoneId()).toInstant());
        boolean later = s.reminderMinutes().stream().anyMatch(x -> x < minutes && !due(start, m.zoneId(), x).isAfter(ctx.now()));
        if (begun || later) {
            return Step.of(state, d);
        }
        return Step.of(state, d, reminder(v, ctx));
    }

    private static Say reminder(MeetingView v, Context ctx) {
        Texts t = ctx.texts();
        Meeting m = v.meeting();
        String lang = t.language();
        String other = SearchConversation.name(v.otherName(ctx.personId()), t);
        String text = t.t("remind.text", "name", other, "day", When.day(m.startTime(), lang),
                "time", When.time(m.startTime(), lang), "place", Card.where(v, ctx));
        return new Say(text, List.of(
                List.of(new Button(t.t("button.attend"), Card.ATTEND + m.round())),
                List.of(new Button(t.t("button.reschedule"), Card.MOVE + m.round()),
                        new Button(t.t("button.cancel_meeting"), Card.CANCEL + m.round())))).lasting();
    }
}
