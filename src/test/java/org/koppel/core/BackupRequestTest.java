package org.koppel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** "Back up now" from /admin: stored with the press, made after the commit, and the coordinator told its file. */
final class BackupRequestTest {
    @TempDir
    Path dir;

    private static List<String> backups(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".db")).sorted().toList();
        }
    }

    @Test
    @Timeout(60) // a backup that never comes fails the test instead of hanging it
    void aCoordinatorPressingBackupGetsANewBackupAndIsToldItsName() throws Exception {
        try (TestBot bot = new TestBot(dir.resolve("k.db"))) {
            bot.send(TestBot.COORDINATOR, "/admin");
            // the day's backup, made at start as 11:00 is past the hour, so the requested one is told apart
            Waiting.until(() -> {
                try {
                    return backups(dir.resolve("backups")).size() == 1;
                } catch (Exception e) {
                    return false;
                }
            });
            bot.press(TestBot.COORDINATOR, "backup");
            Waiting.until(() -> bot.one("SELECT COUNT(*) FROM job WHERE kind = 'backup.done' AND status = 'done'")
                    .equals("1"));
            bot.koppel.settle();
            List<String> made = backups(dir.resolve("backups"));
            assertEquals(List.of("koppel-2026-11-23-1100-1.db", "koppel-2026-11-23-1100.db"), made);
            assertEquals("1", bot.one("SELECT COUNT(*) FROM backup_request WHERE done_at IS NOT NULL AND requested_by = "
                    + TestBot.COORDINATOR));
            List<String> told = bot.out.textsTo(TestBot.COORDINATOR);
            assertTrue(told.get(told.size() - 1).contains("koppel-2026-11-23-1100-1.db"), told.get(told.size() - 1));
        }
    }
}
