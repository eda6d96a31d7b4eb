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
