package org.koppel.meeting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.koppel.config.Settings;
import org.koppel.conversation.Attachment;
import org.koppel.conversation.Button;
import org.koppel.conversation.Context;
import org.koppel.conversation.Edit;
import org.koppel.conversation.Effect;
import org.koppel.conversation.Say;
import org.koppel.conversation.Step;
import org.koppel.conversation.Toast;
import org.koppel.i18n.Texts;

/**
 * The confirmed meeting as one person holds it: date and time in their language and the configured
 * zone, the place, the other's first name, the calendar file, and its standing buttons (move,
 * cancel, share my contact; "I'll be there" on reminders), which carry the round they were shown in.
 */
final class Card {
    static final String FILE = "koppel-meeting.ics";
    static final String MOVE = "move:";
    static final String CANCEL = "cancel:";
    static final String SHARE = "share";
    static final String ATTEND = "attend:";

    private Card() {
    }

    static boolean takes(String action) {
        return action.startsWith(MOVE) || action.startsWith(CANCEL) || action.equals(SHARE) || action.startsWith(ATTEND);
    }

    static Say say(MeetingView v, Context ctx) {
        Meeting m = v.meeting();
        Texts t = ctx.texts();
        Settings settings = ctx.config().settings();
        String other = SearchConversation.name(v.otherName(ctx.personId()), t);
        LocalDateTime start = m.startTime();
        ZoneId zone = m.zoneId();
        String lang = t.language();
        String where = where(v, ctx);
        String text = t.t("meet.card", "name", other, "day", When.day(start, lang), "time", When.time(start, lang),
                "clock", When.clock(start.toLocalTime()), "zone", When.zoneName(start, zone, lang), "place", where);
        Instant stamp = ctx.now();
        Ics.Event event = new Ics.Event("koppel-" + Long.toString(m.id(), 36) + "@koppel", m.round(), start,
                Duration.ofMinutes(settings.meetingMinutes()), zone, t.t("ics.summary", "name", other),
                link(v, ctx) != null ? link(v, ctx) : where,
                t.t("ics.description", "name", other), Duration.ofMinutes(settings.alarmMinutes()), stamp, link(v, ctx));
        List<List<Button>> buttons = List.of(
                List.of(new Button(t.t("button.reschedule"), MOVE + m.round()),
                        new Button(t.t("button.cancel_meeting"), CANCEL + m.round())),
                List.of(new Button(t.t("button.share_contact"), SHARE)));
        return new Say(text, buttons, new Attachment(FILE, Ics.of(event))).lasting();
    }

    /** A message while the newcomer waits for times, with a way to call the meeting off meanwhile. */
    static Say waiting(String text, Context ctx) {
        return new Say(text, List.of(List.of(new Button(ctx.texts().t("button.cancel_meeting"), CANCEL + "-1"))))
                .lasting();
    }

    /** A place as typed, or for a video meeting its own room's link (the plain words until there is a room). */
    static String where(MeetingView v, Context ctx) {
        String place = v.meeting().place();
        if (place != null) {
            return place;
        }
        return v.room() == null ? ctx.texts().t("meet.video") : ctx.texts().t("meet.video_link", "link", link(v, ctx));
    }

    /** The video room's address, or null for a meeting at a place. */
    static String link(MeetingView v, Context ctx) {
        return v.meeting().place() != null || v.room() == null ? null : ctx.config().settings().videoBase() + v.room();
    }

    /** A press on a card or reminder; the meeting decides in the write whether it still applies. */
    static Step<SideData> press(String state, SideData d, MeetingView v, String action, Context ctx) {
        long me = ctx.personId();
        long id = v.meeting().id();
        Effect command;
        boolean clear = true;
        if (action.startsWith(MOVE)) {
            command = new MeetingChange(id, new MeetingCommand.Reschedule(me, round(action)), ctx.key());
        } else if (action.startsWith(CANCEL)) {
            command = new MeetingChange(id, new MeetingCommand.Cancel(me, "cancelled", round(action)), ctx.key());
        } else if (action.startsWith(ATTEND)) {
            command = new MeetingChange(id, new MeetingCommand.Attend(me, round(action)), ctx.key());
            clear = false;
        } else {
            command = new MeetingChange(id, new MeetingCommand.Share(me), ctx.key());
            clear = false;
        }
        Toast noted = new Toast(ctx.texts().t("press.noted"));
        // moving or cancelling makes the card history; sharing or confirming leaves it as it is
        return clear ? Step.of(state, d, command, noted, Edit.clearButtons()) : Step.of(state, d, command, noted);
    }

    private static int round(String action) {
        try {
            return Integer.parseInt(action.substring(action.indexOf(':') + 1));
        } catch (NumberFormatException e) {
            return -2;
        }
    }
}
