package org.koppel.meeting;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and times as a person reads them: in their language, in the configured time zone. */
public final class When {
    private When() {
    }

    /** "dinsdag 1 december 2026" */
    public static String day(LocalDateTime at, String language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale(language)).format(at);
    }

    /** The clock face showing this time to the nearest half hour ("🕖" at 19:00, "🕢" at 19:30). */
    public static String clock(java.time.LocalTime at) {
        int halves = (at.getHour() * 60 + at.getMinute() + 15) / 30 % 24;
        int hour = (halves / 2 + 11) % 12;
        // U+1F550..U+1F55B are one o'clock to twelve o'clock, U+1F55C..U+1F567 half past them
        return Character.toString((halves % 2 == 0 ? 0x1F550 : 0x1F55C) + hour);
    }

    /** "10:00" */
    public static String time(LocalDateTime at, String language) {
        return DateTimeFormatter.ofPattern("HH:mm", locale(language)).format(at);
    }

    /** "di 1 dec · 10:00", short enough for a button */
    public static String brief(LocalDateTime at, String language) {
        return DateTimeFormatter.ofPattern("EEE d MMM", locale(language)).format(at) + " · " + time(at, language);
    }

    /** The zone's name at that moment, such as "Central European Standard Time", in the language. */
    public static String zoneName(LocalDateTime at, ZoneId zone, String language) {
        return DateTimeFormatter.ofPattern("zzzz", locale(language)).format(at.atZone(zone));
    }

    private static Locale locale(String language) {
        return Locale.forLanguageTag(language);
    }
}
