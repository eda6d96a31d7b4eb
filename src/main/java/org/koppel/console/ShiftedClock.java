package org.koppel.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Real time moved forward: by what ":wait" asked for in the terminal, so reminders and follow-ups
 * can be tried without waiting a day, or by what KOPPEL_CLOCK_FILE says for suites that drive the
 * running bot (see ClockFile).
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

    /** Sets how far ahead this clock runs. */
    public void set(Duration d) {
        shift = d;
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
