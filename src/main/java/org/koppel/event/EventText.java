package org.koppel.event;

import java.time.Duration;
import java.time.Instant;
import org.koppel.i18n.Texts;
import org.koppel.meeting.Ics;
import org.koppel.meeting.When;

/** An event as a reader reads it: what, when and where in their language, and as a calendar file. */
final class EventText {
    static final Duration LENGTH = Duration.ofHours(2);

    private EventText() {
    }

    /** "📅 Salon: Work in care" with the day, the time and the place or video link on their own lines. */
    static String details(Event e, String room, Texts t) {
        String where = e.video() ? t.t("event.where_video", "link", room == null ? "" : room)
                : t.t("event.where_place", "place", e.place());
        String details = t.t("event.details", "kind", t.t("event.kind." + e.kind()), "name", e.name(),
                "day", When.day(e.start(), t.language()), "time", When.time(e.start(), t.language()),
                "zone", When.zoneName(e.start(), e.zoneId(), t.language()), "where", where);
        return e.languages().isEmpty() ? details
                : details + "\n" + t.t("event.languages", "languages", EventLanguages.names(e.languages(), t));
    }

    /** The calendar file; a moved or updated event keeps its UID and raises SEQUENCE. */
    static String ics(Event e, String room, Texts t, Instant now) {
        String location = e.video() ? room : e.place();
        return Ics.of(new Ics.Event("koppel-event-" + e.id() + "@koppel", e.version(), e.start(), LENGTH, e.zoneId(),
                t.t("event.kind." + e.kind()) + ": " + e.name(), location, t.t("event.ics_description"),
                Duration.ofHours(2), now, e.video() ? room : null));
    }
}
