package org.koppel.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When the daily backup is due, which files go, and what a new one is called: all from file names. */
final class BackupFilesTest {
    private static LocalDateTime at(String local) {
        return LocalDateTime.parse(local);
    }

    @Test
    void theFirstBackupIsDueOnceTheHourHasComeAndNotBefore() {
        assertFalse(BackupFiles.due(at("2026-12-02T02:59"), 3, List.of()));
        assertTrue(BackupFiles.due(at("2026-12-02T03:00"), 3, List.of()));
        assertTrue(BackupFiles.due(at("2026-12-02T23:59"), 3, List.of()));
    }

    @Test
    void todaysBackupMadeAtOrAfterTheHourMeansNothingIsDueUntilTomorrowsHour() {
        List<String> files = List.of("koppel-2026-12-01-0300.db", "koppel-2026-12-02-0300.db");
        assertFalse(BackupFiles.due(at("2026-12-02T15:00"), 3, files));
        assertFalse(BackupFiles.due(at("2026-12-03T02:59"), 3, files));
        assertTrue(BackupFiles.due(at("2026-12-03T03:00"), 3, files));
    }

    @Test
    void aBotDownAtTheHourBacksUpWhenItIsBackTheSameDay() {
        List<String> yesterday = List.of("koppel-2026-12-01-0300.db");
        assertTrue(BackupFiles.due(at("2026-12-02T16:45"), 3, yesterday));
    }

    @Test
    void aBackupAskedForBeforeTheHourDoesNotStandInForTheDailyOne() {
        assertTrue(BackupFiles.due(at("2026-12-02T03:00"), 3, List.of("koppel-2026-12-02-0130.db")));
        assertFalse(BackupFiles.due(at("2026-12-02T09:00"), 3, List.of("koppel-2026-12-02-0430-1.db")));
    }

    @Test
    void filesThatAreNotOurBackupsDecideNothing() {
        List<String> others = List.of("koppel-2026-12-02-0300.db.part", "notes-2026-12-02-0300.db", "koppel.db",
                "koppel-2026-13-02-0300.db");
        assertTrue(BackupFiles.due(at("2026-12-02T10:00"), 3, others));
        assertEquals(List.of(), BackupFiles.beyond(others, 0), "never deleted either");
    }

    @Test
    void retentionDropsTheOldestByTheTimeInTheirNamesNotByHowTheySortAsText() {
        List<String> files = List.of("koppel-2026-12-03-0300.db", "koppel-2026-11-30-0300.db", "koppel-2026-12-02-1200.db",
                "koppel-2026-12-02-1200-1.db", "koppel-2026-12-01-0300.db", "readme.txt");
        assertEquals(List.of("koppel-2026-11-30-0300.db", "koppel-2026-12-01-0300.db", "koppel-2026-12-02-1200.db"),
                BackupFiles.beyond(files, 2));
        assertEquals(List.of(), BackupFiles.beyond(files, 5));
    }

    @Test
    void aSecondBackupInTheSameMinuteGetsTheNextNumber() {
        LocalDateTime t = at("2026-12-02T03:00:41");
        assertEquals("koppel-2026-12-02-0300.db", BackupFiles.free(t, List.of()));
        assertEquals("koppel-2026-12-02-0300-1.db", BackupFiles.free(t, List.of("koppel-2026-12-02-0300.db")));
        assertEquals("koppel-2026-12-02-0300-2.db", BackupFiles.free(t,
                List.of("koppel-2026-12-02-0300.db", "koppel-2026-12-02-0300-1.db.part")));
    }

    @Test
    void afterTheHourTheNextChanceIsTomorrowsHour() {
        assertEquals(at("2026-12-02T03:00"), BackupFiles.nextHour(at("2026-12-02T01:10"), 3));
        assertEquals(at("2026-12-03T03:00"), BackupFiles.nextHour(at("2026-12-02T03:00"), 3));
    }
}
