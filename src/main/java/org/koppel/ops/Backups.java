package org.koppel.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.koppel.core.Worker;
import org.koppel.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Daily online backups with VACUUM INTO at the configured hour, and the ones coordinators ask for.
 * Whether today's is due is read from the newest file's name on every pass, so a restart needs no
 * stored state. Only the newest {@code keep} of our files stay; other files in the folder are left.
 */
public final class Backups extends Worker {
    private static final Logger log = LoggerFactory.getLogger(Backups.class);
    /** Look again at least this often: the terminal's clock can be moved forward. */
    private static final long MAX_SLEEP_MILLIS = 60_000;
    /** After a failed daily backup: retry later, not on every pass (the log would fill with it). */
    private static final long RETRY_MILLIS = 15 * 60_000;
    /** The coordinators' conversation that says a requested backup is done. */
    static final String ADMIN = "admin";

    /** How the requester hears of the result: {@code Scheduler::tell}. */
    @FunctionalInterface
    public interface Teller {
        void tell(long person, String key, String name, String payload);
    }

    private final Database db;
    private final Path dir;
    private final int hour;
    private final int keep;
    private final ZoneId zone;
    private final Clock clock;
    private final Teller teller;

    public Backups(Database db, Path dir, int hour, int keep, ZoneId zone, Clock clock, Teller teller) {
        super("koppel-backups");
        this.db = db;
        this.dir = dir;
        this.hour = hour;
        this.keep = keep;
        this.zone = zone;
        this.clock = clock;
        this.teller = teller;
    }

    /** backupDirectory as configured, or a "backups" folder next to the database file when empty. */
    public static Path directory(Path dbFile, String configured) {
        return configured.isBlank() ? dbFile.toAbsolutePath().resolveSibling("backups") : Path.of(configured);
    }

    @Override
    protected long pass() throws InterruptedException {
        // a request served is today's backup too, or failed just now: no second try in this pass
        boolean served = serveRequests() > 0;
        LocalDateTime now = now();
        try {
            if (!served && BackupFiles.due(now, hour, BackupFiles.in(dir))) {
                backupNow();
            }
        } catch (IOException | RuntimeException e) {
            if (closed()) {
                throw new InterruptedException("closing");
            }
            return RETRY_MILLIS;
        }
        return Math.max(1, Math.min(MAX_SLEEP_MILLIS, Duration.between(now, BackupFiles.nextHour(now, hour)).toMillis()));
    }

    /**
     * Makes one backup for all requests waiting, marks them done and tells each requester the
     * file's name and size, or that it failed; returns how many requests there were. Marked before
     * told: a crash in between loses a message, never makes a second backup.
     */
    public synchronized int serveRequests() {
        List<BackupRequests.Pending> waiting = db.read(BackupRequests::pending);
        if (waiting.isEmpty()) {
            return 0;
        }
        String name;
        String payload;
        try {
            Path file = backupNow();
            name = "backup.done";
            payload = file.getFileName() + "|" + Files.size(file);
        } catch (IOException | RuntimeException e) {
            name = "backup.failed";
            payload = "";
        }
        long now = clock.millis();
        db.write(c -> {
            BackupRequests.markDone(c, waiting, now);
            return null;
        });
        for (Long by : waiting.stream().map(BackupRequests.Pending::requestedBy).filter(Objects::nonNull).distinct().toList()) {
            teller.tell(by, ADMIN, name, payload);
        }
        return waiting.size();
    }

    /** Writes a backup now, whatever the hour, then deletes our oldest beyond keep; returns the file. */
    public synchronized Path backupNow() {
        try {
            Files.createDirectories(dir);
            List<String> existing = BackupFiles.in(dir);
            for (String stale : BackupFiles.parts(existing)) {
                Files.deleteIfExists(dir.resolve(stale));
            }
            Path file = dir.resolve(BackupFiles.free(now(), existing));
            Path part = dir.resolve(file.getFileName() + BackupFiles.PART);
            // VACUUM INTO cannot run inside a transaction; a read connection is outside one and
            // copies the last commit without holding up the writer
            db.read(c -> {
                try (var s = c.prepareStatement("VACUUM INTO ?")) {
                    s.setString(1, part.toAbsolutePath().toString());
                    s.execute();
                }
                return null;
            });
            // renamed only once complete, so a name of ours always stands for a whole backup
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
            log.info("backup {} written, {} bytes", file.getFileName(), Files.size(file));
            for (String old : BackupFiles.beyond(BackupFiles.in(dir), keep)) {
                Files.deleteIfExists(dir.resolve(old));
                log.info("backup {} deleted, {} newer kept", old, keep);
            }
            return file;
        } catch (IOException | RuntimeException e) {
            log.error("backup failed: {}{}", e.getClass().getName(),
                    e.getCause() == null ? "" : " (" + e.getCause().getClass().getName() + ")");
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), zone);
    }
}
