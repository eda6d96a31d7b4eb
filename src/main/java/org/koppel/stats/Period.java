package org.koppel.stats;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Days counted over, in the configured time zone: from inclusive, to exclusive. Every factory
 * ends with today, so a period never reaches meetings planned for later.
 */
public record Period(LocalDate from, LocalDate to) {
    /** Where "all time" begins: before the bot existed, and still a moment in epoch milliseconds. */
    static final LocalDate BEGINNING = LocalDate.of(1970, 1, 1);

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("a period ends after it begins: " + from + " to " + to);
        }
    }

    /** Today and the 29 days before it. */
    public static Period last30Days(Instant now, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        return new Period(today.minusDays(29), today.plusDays(1));
    }

    /** From the first of January up to and including today. */
    public static Period thisYear(Instant now, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        return new Period(today.withDayOfYear(1), today.plusDays(1));
    }

    /** Everything up to and including today. */
    public static Period allTime(Instant now, ZoneId zone) {
        return new Period(BEGINNING, LocalDate.ofInstant(now, zone).plusDays(1));
    }

    public static Period last30Days(Clock clock, ZoneId zone) {
        return last30Days(clock.instant(), zone);
    }

    public static Period thisYear(Clock clock, ZoneId zone) {
        return thisYear(clock.instant(), zone);
    }

    public static Period allTime(Clock clock, ZoneId zone) {
        return allTime(clock.instant(), zone);
    }

    public boolean isAllTime() {
        return from.equals(BEGINNING);
    }

    /** The last day in the period, as people say it ("up to and including"). */
    public LocalDate lastDay() {
        return to.minusDays(1);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && day.isBefore(to);
    }

    long fromMillis(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant().toEpochMilli();
    }

    long toMillis(ZoneId zone) {
        return to.atStartOfDay(zone).toInstant().toEpochMilli();
    }
}
