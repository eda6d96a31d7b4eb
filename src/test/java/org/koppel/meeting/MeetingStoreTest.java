package org.koppel.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.koppel.store.Database;

/** Meetings on a real SQLite file: a change is written only over the version it was computed from. */
final class MeetingStoreTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final ZoneId AMS = ZoneId.of("Europe/Amsterdam");

    @TempDir
    Path dir;

    @Test
    void ofTwoChangesComputedFromTheSameVersionOnlyTheFirstIsWritten() {
        try (Database db = Database.open(dir.resolve("k.db"), Clock.fixed(NOW, ZoneOffset.UTC), 16)) {
            db.write(c -> {
                c.createStatement().execute("INSERT INTO person(id, language, created_at) VALUES (501, 'en', 0), "
                        + "(601, 'nl', 0)");
                return null;
            });
            Meeting requested = Meetings.apply(null, 7, new MeetingCommand.Request(501, 601, "[]"), NOW, AMS).after();
            assertTrue(db.<Boolean>write(c -> MeetingStore.save(c, null, requested, 0)));
            Meeting accepted = Meetings.apply(requested, 7, new MeetingCommand.Accept(601), NOW, AMS).after();
            Meeting declined = Meetings.apply(requested, 7, new MeetingCommand.Decline(601), NOW, AMS).after();
            assertTrue(db.<Boolean>write(c -> MeetingStore.save(c, requested, accepted, 0)));
            assertFalse(db.<Boolean>write(c -> MeetingStore.save(c, requested, declined, 0)), "computed from an old version");
            Meeting stored = db.read(c -> MeetingStore.load(c, 7));
            assertEquals(Meeting.Status.ACCEPTED, stored.status());
            assertEquals(2, stored.version());
            assertEquals(List.of(), stored.proposed());
        }
    }
}
