package org.koppel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backup taken while the bot runs is a whole database: copied into place, the bot starts on it and goes on. */
final class BackupRestoreTest {
    private static final long AMIRA = 7_001;
    private static final long SAM = 7_002;

    @TempDir
    Path dir;

    @Test
    void aNewcomerOnboardedBeforeTheBackupIsThereAfterRestoringItAndLaterChangesAreNot() throws Exception {
        Path live = dir.resolve("live").resolve("koppel.db");
        Path backup;
        try (TestBot bot = new TestBot(live)) {
            People.newcomer(bot, AMIRA, "Amira");
            backup = bot.koppel.backupNow();
            bot.send(SAM, "/start");
            assertEquals("1", bot.one("SELECT COUNT(*) FROM person WHERE id = " + SAM));
        }
        assertEquals(live.resolveSibling("backups"), backup.getParent(), "next to the database by default");
        assertTrue(backup.getFileName().toString().matches("koppel-2026-11-23-1100(-\\d+)?\\.db"),
                "named by the local time in Amsterdam: " + backup.getFileName());

        Path restored = dir.resolve("restored").resolve("koppel.db");
        Files.createDirectories(restored.getParent());
        Files.copy(backup, restored);
        try (TestBot bot = new TestBot(restored)) {
            assertEquals("Amira|nl-ut", bot.one("SELECT first_name || '|' || region FROM newcomer_profile "
                    + "WHERE person_id = " + AMIRA));
            assertEquals("0", bot.one("SELECT COUNT(*) FROM person WHERE id = " + SAM), "taken before Sam came");
            int before = bot.out.to(AMIRA).size();
            bot.send(AMIRA, "/profile");
            assertTrue(bot.out.to(AMIRA).size() > before, "the restored bot answers Amira");
        }
    }
}
