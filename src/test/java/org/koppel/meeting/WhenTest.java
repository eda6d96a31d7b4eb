package org.koppel.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The clock on a meeting card shows the meeting's own time, not always ten o'clock. */
final class WhenTest {
    @Test
    void theClockFaceMatchesTheTimeToTheNearestHalfHour() {
        assertEquals("🕖", When.clock(LocalTime.of(19, 0)));
        assertEquals("🕢", When.clock(LocalTime.of(19, 30)));
        assertEquals("🕙", When.clock(LocalTime.of(10, 0)));
        assertEquals("🕚", When.clock(LocalTime.of(10, 50)), "ten to eleven shows eleven");
        assertEquals("🕛", When.clock(LocalTime.of(0, 5)));
        assertEquals("🕧", When.clock(LocalTime.of(12, 25)));
        assertEquals("🕐", When.clock(LocalTime.of(13, 0)));
    }
}
