package org.koppel.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The terminal's clock: real time moved forward by what ":wait" asked for, so reminders and
 * follow-ups can be tried without waiting a day. Only the terminal uses it.
 */
public final class ShiftedClock extends Clock {
    private final Clock base;
    private volatile Duration shift = Duration.ZERO;

    public ShiftedClock(Clock base) {
        this.base = base;
    }

    void advance(Duration d) {
        shift = shift.plus(d);
    }

    @Override
    public Instant instant() {
        return base.instant().plus(shift);
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the terminal clock has one zone");
    }
}
