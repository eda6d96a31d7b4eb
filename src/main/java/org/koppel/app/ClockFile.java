package org.koppel.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.koppel.console.ShiftedClock;

/**
 * For tests of the running process (KOPPEL_CLOCK_FILE): the bot's clock runs ahead by the number
 * of minutes written in a file, what ":wait" is in the terminal. A suite that kills and restarts
 * the bot can so reach reminders and follow-ups days ahead; the file outlives the process, so a
 * restarted bot keeps the moved time. Never set in production.
 */
public final class ClockFile {
    private final Path file;
    private final ShiftedClock clock;
    private Duration shift = Duration.ZERO;
    private long seen = -1;

    /** Reads the file once, so the clock is moved before anything is scheduled. */
    public ClockFile(Path file, ShiftedClock clock) {
        this.file = file;
        this.clock = clock;
        read();
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
                if (read()) {
                    onChange.run();
                }
            }
        }, "koppel-clock-file");
        t.setDaemon(true);
        t.start();
    }

    /** Whether the shift changed. */
    private boolean read() {
        try {
            if (!Files.exists(file) || Files.getLastModifiedTime(file).toMillis() == seen) {
                return false;
            }
            seen = Files.getLastModifiedTime(file).toMillis();
            String text = Files.readString(file).strip();
            Duration now = text.isEmpty() ? Duration.ZERO : Duration.ofMinutes(Long.parseLong(text));
            boolean changed = !now.equals(shift);
            shift = now;
            clock.set(now);
            return changed;
        } catch (IOException | NumberFormatException e) {
            // half-written: the next look sees the whole number (the suite writes it by an atomic move)
            seen = -1;
            return false;
        }
    }
}
