package org.koppel.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.koppel.core.Events;
import org.koppel.core.MutableClock;
import org.koppel.store.Database;

/** The backup worker on a real SQLite file, with a clock moved by hand instead of waiting for 03:00. */
final class BackupsTest {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final long COORDINATOR = 900;

    @TempDir
    Path tmp;

    /** Tuesday 1 December 2026, 01:30 in Amsterdam. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T00:30:00Z"));
    private final List<String> told = new ArrayList<>();
    private Database db;

    private Backups backups(Path dir, int keep) {
        if (db == null) {
            db = Database.open(tmp.resolve("koppel.db"), clock, 64);
        }
        return new Backups(db, dir, 3, keep, AMSTERDAM, clock,
                (person, key, name, payload) -> told.add(person + " " + key + " " + name + " " + payload));
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    private void request(long by) {
        db.write(c -> new OpsFeature().writers().get(0).write(c, by, new BackupRequested(by), clock.millis(), new Events()));
    }

    private static List<String> names(Path dir) throws Exception {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theDailyBackupIsMadeOnceAtTheHourAndARestartLaterThatDayMakesNoSecond() throws Exception {
        Path dir = tmp.resolve("backups");
        Backups first = backups(dir, 14);
        first.pass();
        assertFalse(Files.exists(dir), "01:30 is before the hour: nothing yet");
        clock.advance(Duration.ofMinutes(95));
        first.pass();
        assertEquals(List.of("koppel-2026-12-01-0305.db"), names(dir));
        first.pass();
        clock.advance(Duration.ofHours(8));
        backups(dir, 14).pass();
        assertEquals(1, names(dir).size(), "after a restart the newest file says today's is done");
        clock.advance(Duration.ofHours(16));
        backups(dir, 14).pass();
        assertEquals(List.of("koppel-2026-12-01-0305.db", "koppel-2026-12-02-0305.db"), names(dir));
    }

    @Test
    void onlyTheNewestBackupsAreKeptAndOtherFilesInTheFolderStay() throws Exception {
        Path dir = tmp.resolve("backups");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("notes.txt"), "kept");
        Files.writeString(dir.resolve("koppel-2026-11-01-0300.db.part"), "cut short by a crash");
        Backups backups = backups(dir, 3);
        for (int day = 0; day < 5; day++) {
            backups.backupNow();
            clock.advance(Duration.ofDays(1));
        }
        assertEquals(List.of("koppel-2026-12-03-0130.db", "koppel-2026-12-04-0130.db", "koppel-2026-12-05-0130.db",
                "notes.txt"), names(dir));
    }

    @Test
    void aRequestedBackupIsMadeOnceAndTheCoordinatorToldItsFileAndSize() throws Exception {
        Path dir = tmp.resolve("backups");
        Backups backups = backups(dir, 14);
        request(COORDINATOR);
        request(COORDINATOR);
        assertEquals(2, backups.serveRequests(), "two presses, one backup");
        List<String> files = names(dir);
        assertEquals(1, files.size());
        long size = Files.size(dir.resolve(files.get(0)));
        assertTrue(size > 0);
        assertEquals(List.of(COORDINATOR + " admin backup.done " + files.get(0) + "|" + size), told);
        assertEquals(0, backups.serveRequests(), "served requests are done");
        long done = db.read(c -> Meters.one(c, "SELECT COUNT(*) FROM backup_request WHERE done_at IS NOT NULL"));
        assertEquals(2, done);
    }

    @Test
    void aFailedBackupTellsTheCoordinatorSoAndIsNotRetriedAsARequest() throws Exception {
        Path notADirectory = tmp.resolve("backups");
        Files.writeString(notADirectory, "a file where the folder should be");
        Backups backups = backups(notADirectory, 14);
        request(COORDINATOR);
        assertEquals(1, backups.serveRequests());
        assertEquals(List.of(COORDINATOR + " admin backup.failed "), told);
        assertEquals(0, backups.serveRequests());
    }

    @Test
    void aRequestOfACoordinatorErasedSinceIsStillMadeButNobodyIsTold() throws Exception {
        Path dir = tmp.resolve("backups");
        Backups backups = backups(dir, 14);
        request(COORDINATOR);
        assertNotNull(db.read(c -> new OpsFeature().personalData().export(c, COORDINATOR)), "exported while kept");
        db.write(c -> {
            new OpsFeature().personalData().erase(c, COORDINATOR, clock.millis(), new Events());
            return null;
        });
        assertNull(db.read(c -> new OpsFeature().personalData().export(c, COORDINATOR)), "nothing left about them");
        assertEquals(1, backups.serveRequests());
        assertEquals(1, names(dir).size());
        assertEquals(List.of(), told);
    }
}
