package org.koppel.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * For tests of the running process (KOPPEL_CLOCK_FILE): real time moved ahead by the number of
 * minutes written in a file, what ":wait" is in the terminal. A suite that kills and restarts
 * the bot can so reach reminders and follow-ups days ahead; the file outlives the process, so
 * a restarted bot keeps the moved time. Never set in production.
 */
public final class ClockFile extends Clock {
    private final Clock base;
    private final Path file;
    private volatile Duration shift;
    private volatile long seen;

    public ClockFile(Clock base, Path file) {
        this.base = base;
        this.file = file;
        this.shift = read();
    }

    /** Watches the file; after each change the due jobs run at once instead of at the scheduler's next wake. */
    public void watch(Runnable onChange) {
        Thread t = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
                Duration now = read();
                if (!now.equals(shift)) {
                    shift = now;
                    onChange.run();
                }
            }
        }, "koppel-clock-file");
        t.setDaemon(true);
        t.start();
    }

    private Duration read() {
        try {
            if (!Files.exists(file) || Files.getLastModifiedTime(file).toMillis() == seen && shift != null) {
                return shift == null ? Duration.ZERO : shift;
            }
            seen = Files.getLastModifiedTime(file).toMillis();
            String text = Files.readString(file).strip();
            return text.isEmpty() ? Duration.ZERO : Duration.ofMinutes(Long.parseLong(text));
        } catch (IOException | NumberFormatException e) {
            // half-written: keep the last reading, the next look will see the whole number
            return shift == null ? Duration.ZERO : shift;
        }
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
        throw new UnsupportedOperationException("one zone");
    }
}
