package org.koppel.meeting;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.Locale;

/**
 * One meeting as an RFC 5545 calendar file. The start is a local time with a TZID and the zone's
 * rules are written out as a VTIMEZONE, so a phone in any zone shows it at the right moment and a
 * calendar app without that zone's database still gets DST right.
 */
public final class Ics {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** What goes into the event; texts are already in the receiver's language. */
    public record Event(String uid, int sequence, LocalDateTime start, Duration length, ZoneId zone, String summary,
                        String location, String description, Duration alarmBefore, Instant stamp, String url) {
        /** An event without a link, at a place. */
        public Event(String uid, int sequence, LocalDateTime start, Duration length, ZoneId zone, String summary,
                     String location, String description, Duration alarmBefore, Instant stamp) {
            this(uid, sequence, start, length, zone, summary, location, description, alarmBefore, stamp, null);
        }
    }

    private Ics() {
    }

    public static String of(Event e) {
        StringBuilder b = new StringBuilder();
        line(b, "BEGIN:VCALENDAR");
        line(b, "VERSION:2.0");
        line(b, "PRODID:-//Koppel//Coffee meetings//EN");
        line(b, "CALSCALE:GREGORIAN");
        line(b, "METHOD:PUBLISH");
        timezone(b, e.zone(), e.start());
        line(b, "BEGIN:VEVENT");
        line(b, "UID:" + e.uid());
        line(b, "SEQUENCE:" + e.sequence());
        line(b, "DTSTAMP:" + UTC.format(e.stamp()));
        line(b, "DTSTART;TZID=" + e.zone().getId() + ":" + LOCAL.format(e.start()));
        line(b, "DTEND;TZID=" + e.zone().getId() + ":" + LOCAL.format(e.start().plus(e.length())));
        line(b, "SUMMARY:" + text(e.summary()));
        if (e.location() != null && !e.location().isBlank()) {
            line(b, "LOCATION:" + text(e.location()));
        }
        line(b, "DESCRIPTION:" + text(e.description()));
        if (e.url() != null) {
            // a video meeting's room: calendar apps offer it as the place to join
            line(b, "URL:" + e.url());
        }
        line(b, "BEGIN:VALARM");
        line(b, "ACTION:DISPLAY");
        line(b, "DESCRIPTION:" + text(e.summary()));
        line(b, "TRIGGER:-PT" + e.alarmBefore().toMinutes() + "M");
        line(b, "END:VALARM");
        line(b, "END:VEVENT");
        line(b, "END:VCALENDAR");
        return b.toString();
    }

    /** The zone's yearly rules, or its fixed offset when it has no DST. */
    private static void timezone(StringBuilder b, ZoneId zone, LocalDateTime near) {
        ZoneRules rules = zone.getRules();
        line(b, "BEGIN:VTIMEZONE");
        line(b, "TZID:" + zone.getId());
        if (rules.getTransitionRules().isEmpty()) {
            ZoneOffset offset = rules.getOffset(near);
            line(b, "BEGIN:STANDARD");
            line(b, "DTSTART:19700101T000000");
            line(b, "TZOFFSETFROM:" + offset(offset));
            line(b, "TZOFFSETTO:" + offset(offset));
            line(b, "END:STANDARD");
        }
        for (ZoneOffsetTransitionRule r : rules.getTransitionRules()) {
            ZoneOffsetTransition first = r.createTransition(1970);
            String kind = r.getOffsetAfter().getTotalSeconds() > r.getStandardOffset().getTotalSeconds()
                    ? "DAYLIGHT" : "STANDARD";
            line(b, "BEGIN:" + kind);
            line(b, "DTSTART:" + LOCAL.format(first.getDateTimeBefore()));
            line(b, "RRULE:FREQ=YEARLY;BYMONTH=" + r.getMonth().getValue() + ";" + byDay(r));
            line(b, "TZOFFSETFROM:" + offset(r.getOffsetBefore()));
            line(b, "TZOFFSETTO:" + offset(r.getOffsetAfter()));
            // named for the meeting's year: the rule may be younger than 1970 (the Netherlands: 1977)
            Instant named = r.createTransition(near.getYear()).getInstant();
            line(b, "TZNAME:" + DateTimeFormatter.ofPattern("zzz", Locale.ROOT).format(named.atZone(zone)));
            line(b, "END:" + kind);
        }
        line(b, "END:VTIMEZONE");
    }

    /** java.time's "day-of-week on or after day N" (or "last day-of-week" for -1) in RRULE terms. */
    static String byDay(ZoneOffsetTransitionRule r) {
        int n = r.getDayOfMonthIndicator();
        DayOfWeek dow = r.getDayOfWeek();
        if (dow == null) {
            return "BYMONTHDAY=" + n;
        }
        String day = dow.name().substring(0, 2);
        boolean lastWeek = n > 0 && r.getMonth() != java.time.Month.FEBRUARY && n + 6 == r.getMonth().maxLength();
        if (n == -1 || lastWeek) {
            return "BYDAY=-1" + day;
        }
        if (n > 0 && (n - 1) % 7 == 0) {
            return "BYDAY=" + ((n - 1) / 7 + 1) + day;
        }
        StringBuilder days = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            days.append(i == 0 ? "" : ",").append(n > 0 ? n + i : n - i);
        }
        return "BYDAY=" + day + ";BYMONTHDAY=" + days;
    }

    private static String offset(ZoneOffset o) {
        int s = o.getTotalSeconds();
        int abs = Math.abs(s);
        return String.format(Locale.ROOT, "%s%02d%02d", s < 0 ? "-" : "+", abs / 3600, abs / 60 % 60);
    }

    /** Calendar apps show direction marks and isolates as stray characters, so none go in. */
    static String text(String s) {
        return s.replaceAll("[\u200E\u200F\u202A-\u202E\u2066-\u2069]", "").replace("\\", "\\\\")
                .replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n");
    }

    /** Lines end in CRLF and are folded at 75 octets without splitting a UTF-8 character. */
    private static void line(StringBuilder b, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                b.append("\r\n ");
                octets = 0;
                limit = 74;
            }
            b.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        b.append("\r\n");
    }
}
