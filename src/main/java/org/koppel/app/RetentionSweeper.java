package org.koppel.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.koppel.core.Coordinators;
import org.koppel.core.Scheduler;
import org.koppel.core.Worker;
import org.koppel.privacy.Retention;
import org.koppel.privacy.RetentionConversation;
import org.koppel.store.Database;

/**
 * Once a day, hands everyone due for the retention notice a "notice" job in their "retention"
 * conversation; the conversation does the rest in the person's own lane. Coordinators are staff,
 * not people the service is for: their few details stay while they are coordinators (a silent
 * coordinator erased would also lose the weekly digest without noticing). Looks at the clock every
 * minute, so a moved clock (the terminal's :wait) is noticed without waiting a real day.
 */
final class RetentionSweeper extends Worker {
    private static final long LOOK_EVERY_MILLIS = 60_000;
    private static final Duration DAY = Duration.ofDays(1);

    private final Database db;
    private final Scheduler scheduler;
    private final Clock clock;
    private final Coordinators coordinators;
    private final int months;
    private final ZoneId zone;
    private volatile Instant last;

    RetentionSweeper(Database db, Scheduler scheduler, Clock clock, Coordinators coordinators, int months,
                     ZoneId zone) {
        super("koppel-retention");
        this.db = db;
        this.scheduler = scheduler;
        this.clock = clock;
        this.coordinators = coordinators;
        this.months = months;
        this.zone = zone;
    }

    @Override
    protected long pass() {
        if (last == null || !clock.instant().isBefore(last.plus(DAY))) {
            sweep();
        }
        return LOOK_EVERY_MILLIS;
    }

    /** Notices due now; returns how many were handed out. */
    synchronized int sweep() {
        Instant now = clock.instant();
        Set<Long> skip = coordinators.all();
        int total = 0;
        List<Long> due;
        do {
            due = db.read(c -> Retention.due(c, now, months, zone, skip));
            for (long person : due) {
                scheduler.tell(person, RetentionConversation.KIND, "notice", "");
            }
            total += due.size();
        } while (!due.isEmpty() && total < 100_000);
        last = now;
        return total;
    }
}
