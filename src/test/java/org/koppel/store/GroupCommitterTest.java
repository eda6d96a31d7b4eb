package org.koppel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Group commit on a real SQLite file: shared commits, and a failing piece costs only itself. */
final class GroupCommitterTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static Sql<Void> insert(String key) {
        return c -> {
            try (var s = c.prepareStatement("INSERT INTO app_secret(name, value) VALUES (?, x'00')")) {
                s.setString(1, key);
                s.executeUpdate();
            }
            return null;
        };
    }

    private static List<String> names(Database db) {
        return db.read(c -> {
            try (var r = c.createStatement().executeQuery("SELECT name FROM app_secret ORDER BY name")) {
                List<String> out = new java.util.ArrayList<>();
                while (r.next()) {
                    out.add(r.getString(1));
                }
                return out;
            }
        });
    }

    @Test
    void aFailingWriteIsRolledBackAloneWhileTheOthersInItsCommitSucceed() throws Exception {
        try (Database db = Database.open(dir.resolve("k.db"), CLOCK, 64)) {
            CountDownLatch hold = new CountDownLatch(1);
            CompletableFuture<Void> blocker = db.writeAsync(c -> {
                try {
                    hold.await();
                } catch (InterruptedException e) {
                    throw new SQLException(e);
                }
                return null;
            });
            CompletableFuture<Void> first = db.writeAsync(insert("a"));
            CompletableFuture<Void> broken = db.writeAsync(c -> {
                insert("half").run(c);
                insert("a").run(c); // duplicate key: this piece fails after writing "half"
                return null;
            });
            CompletableFuture<Void> last = db.writeAsync(insert("b"));
            hold.countDown();
            blocker.get();
            first.get();
            last.get();
            ExecutionException e = assertThrows(ExecutionException.class, broken::get);
            assertTrue(e.getCause() instanceof SQLException);
            assertEquals(List.of("a", "b"), names(db), "the failing piece left nothing behind");
        }
    }

    @Test
    void writesAreVisibleOnceTheirFutureCompletes() {
        try (Database db = Database.open(dir.resolve("k.db"), CLOCK, 64)) {
            for (int i = 0; i < 50; i++) {
                db.write(insert("k" + String.format("%02d", i)));
                assertEquals(i + 1, names(db).size());
            }
        }
    }
}
