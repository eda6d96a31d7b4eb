package org.koppel.onboarding;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.koppel.config.Settings;
import org.koppel.flow.Attachment;
import org.koppel.flow.Button;
import org.koppel.flow.MeetingActions;
import org.koppel.flow.Say;
import org.koppel.i18n.Texts;
import org.koppel.meeting.Ics;
import org.koppel.meeting.When;

/**
 * The confirmed meeting as one person holds it: date and time in their language and the configured
 * zone, the place, the other's first name, the calendar file, and what they can do about it.
 */
final class MeetingCard {
    static final String FILE = "koppel-meeting.ics";

    /** Everything both cards share; each side renders it with its own texts and the other's name. */
    record Meeting(long id, long newcomer, int round, LocalDateTime start, String place, Instant confirmedAt) {
    }

    private MeetingCard() {
    }

    static Say render(Meeting m, String otherName, Texts t, Settings settings) {
        ZoneId zone = settings.zone();
        String lang = t.language();
        String where = where(m.place(), t);
        String text = t.t("meet.card", "name", otherName, "day", When.day(m.start(), lang),
                "time", When.time(m.start(), lang), "zone", When.zoneName(m.start(), zone, lang), "place", where);
        Ics.Event event = new Ics.Event("koppel-" + Long.toString(m.id(), 36) + "@koppel", m.round(), m.start(),
                Duration.ofMinutes(settings.meetingMinutes()), zone, t.t("ics.summary", "name", otherName), where,
                t.t("ics.description", "name", otherName), Duration.ofMinutes(settings.alarmMinutes()), m.confirmedAt());
        List<List<Button>> buttons = List.of(
                List.of(new Button(t.t("button.reschedule"), MeetingActions.card(MeetingActions.RESCHEDULE, m.id(), m.newcomer())),
                        new Button(t.t("button.cancel_meeting"), MeetingActions.card(MeetingActions.CANCEL, m.id(), m.newcomer()))),
                List.of(new Button(t.t("button.share_contact"), MeetingActions.card(MeetingActions.SHARE, m.id(), m.newcomer()))));
        return new Say(text, buttons, new Attachment(FILE, Ics.of(event)));
    }

    static String where(String place, Texts t) {
        return place == null ? t.t("meet.video") : place;
    }
}
