package org.koppel.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** When reminders fall due around Europe/Amsterdam's DST changes. */
final class ReminderTimesTest {
    private static final ZoneId AMS = ZoneId.of("Europe/Amsterdam");

    private static Instant due(String start, int minutes) {
        return Reminders.due(LocalDateTime.parse(start), AMS, minutes);
    }

    @Test
    void aDayBeforeIsTheSameLocalTimeTheDayBeforeInBothDirections() {
        // clocks forward in the night to Sunday 29 March: 09:00 CEST Sunday, a day before is 09:00 CET Saturday
        assertEquals(Instant.parse("2026-03-28T08:00:00Z"), due("2026-03-29T09:00", 1440));
        // clocks back in the night to Sunday 25 October: 09:00 CET Sunday, a day before is 09:00 CEST Saturday
        assertEquals(Instant.parse("2026-10-24T07:00:00Z"), due("2026-10-25T09:00", 1440));
        // the day after a change nothing shifts either
        assertEquals(Instant.parse("2026-03-29T07:00:00Z"), due("2026-03-30T09:00", 1440));
        assertEquals(Instant.parse("2026-03-27T08:00:00Z"), due("2026-03-29T09:00", 2880));
    }

    @Test
    void hoursBeforeAreRealHoursEvenAcrossTheChange() {
        // 04:00 CEST on the spring Sunday is 02:00 UTC; two real hours earlier is 00:00 UTC, 01:00 CET
        assertEquals(Instant.parse("2026-03-29T00:00:00Z"), due("2026-03-29T04:00", 120));
        assertEquals(Instant.parse("2026-11-25T16:00:00Z"), due("2026-11-25T19:00", 120));
    }
}
