package org.koppel.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The calendar file: what a phone needs to put the meeting at the right local time. */
final class IcsTest {
    private static String ics(String zone, LocalDateTime start, String summary, String location) {
        return Ics.of(new Ics.Event("koppel-abc@koppel", 1, start, Duration.ofMinutes(60), ZoneId.of(zone), summary,
                location, "Arranged by Koppel", Duration.ofMinutes(60), Instant.parse("2026-11-23T10:00:00Z")));
    }

    /** Unfolds continuation lines, as a calendar reader does. */
    private static List<String> lines(String ics) {
        return Arrays.asList(ics.replace("\r\n ", "").split("\r\n"));
    }

    @Test
    void theStartIsTheLocalTimeInTheZoneWithItsDstRules() {
        String ics = ics("Europe/Amsterdam", LocalDateTime.parse("2026-03-30T09:00"), "Coffee", "Café");
        List<String> l = lines(ics);
        assertTrue(l.contains("DTSTART;TZID=Europe/Amsterdam:20260330T090000"), ics);
        assertTrue(l.contains("DTEND;TZID=Europe/Amsterdam:20260330T100000"), ics);
        int daylight = l.indexOf("BEGIN:DAYLIGHT");
        assertEquals(List.of("DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
                "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST"), l.subList(daylight + 1, daylight + 6));
        int standard = l.indexOf("BEGIN:STANDARD");
        assertEquals(List.of("DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
                "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET"), l.subList(standard + 1, standard + 6));
        assertTrue(l.indexOf("BEGIN:VALARM") > 0 && l.contains("TRIGGER:-PT60M") && l.contains("ACTION:DISPLAY"));
        assertTrue(l.contains("DTSTAMP:20261123T100000Z") && l.contains("UID:koppel-abc@koppel"));
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") && ics.endsWith("END:VCALENDAR\r\n"));
    }

    @Test
    void otherRuleShapesBecomeTheMatchingRecurrence() {
        List<String> ny = lines(ics("America/New_York", LocalDateTime.parse("2026-07-01T10:00"), "x", null));
        assertTrue(ny.contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU"), ny.toString());
        assertTrue(ny.contains("RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"), ny.toString());
        assertTrue(ny.stream().noneMatch(s -> s.startsWith("LOCATION")), "no place, no LOCATION");
        List<String> fixed = lines(ics("Asia/Kolkata", LocalDateTime.parse("2026-07-01T10:00"), "x", "y"));
        assertTrue(fixed.contains("TZOFFSETFROM:+0530") && fixed.contains("TZOFFSETTO:+0530"), fixed.toString());
    }

    @Test
    void textIsEscapedAndLongLinesAreFoldedWithoutBreakingCharacters() {
        String summary = "☕ Koffie met Amira; daarna, misschien\\meer\n" + "ق".repeat(60);
        String ics = ics("Europe/Amsterdam", LocalDateTime.parse("2026-12-01T10:00"), summary, "Café, Utrecht");
        for (String raw : ics.split("\r\n")) {
            assertTrue(raw.getBytes(StandardCharsets.UTF_8).length <= 75, raw);
        }
        assertTrue(lines(ics).contains("SUMMARY:☕ Koffie met Amira\\; daarna\\, misschien\\\\meer\\n" + "ق".repeat(60)));
        assertTrue(lines(ics).contains("LOCATION:Café\\, Utrecht"));
        assertEquals(ics.length(), new String(ics.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).length());
    }

    /** An Arabic summary is written with direction marks and isolates; calendar apps show them as boxes. */
    @Test
    void theCalendarFileCarriesNoInvisibleDirectionCharacters() {
        String ics = ics("Europe/Amsterdam", LocalDateTime.of(2026, 12, 3, 19, 0),
                "\u200F☕ قهوة مع \u2068Joost\u2069", "\u200FCafé \u2068De Zaak\u2069, Utrecht");
        assertTrue(ics.codePoints().noneMatch(c -> c == 0x200E || c == 0x200F || c >= 0x202A && c <= 0x202E
                || c >= 0x2066 && c <= 0x2069), ics);
        assertTrue(lines(ics).contains("SUMMARY:☕ قهوة مع Joost"), ics);
    }
}
