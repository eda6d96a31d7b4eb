package org.koppel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.koppel.store.Database;

/** Delivery against a gateway that fails the way Telegram does. */
final class DeliveryTest {
    @TempDir
    Path dir;

    private final List<Long> slept = new ArrayList<>();
    private final List<Long> attempts = new ArrayList<>();

    private List<OutboxRow> queue(Database db, long chat, int n) {
        List<Outcome.Reply> messages = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            messages.add(new Outcome.Reply(new Outgoing.Send("m" + i, List.of()), java.util.Set.of()));
        }
        return db.write(c -> OutboxStore.insert(c, chat, messages, 0));
    }

    private String status(Database db, long id) {
        return db.read(c -> {
            try (var r = c.createStatement().executeQuery("SELECT status || ':' || attempts FROM outbox WHERE id = " + id)) {
                r.next();
                return r.getString(1);
            }
        });
    }

    private void settle(Delivery d, Database db) throws InterruptedException {
        while (!d.idle()) {
            Thread.sleep(2);
        }
        db.write(c -> null);
    }

    @Test
    void aRateLimitWaitsAsLongAsAskedThenSends() throws Exception {
        try (Database db = Database.open(dir.resolve("k.db"), TestBot.CLOCK, 64)) {
            Gateway flaky = (chat, m, id) -> {
                attempts.add(id);
                if (attempts.size() == 1) {
                    throw DeliveryException.retry("429", 7_000);
                }
                if (attempts.size() == 2) {
                    throw DeliveryException.retry("502", 0);
                }
                return 40 + id;
            };
            try (Delivery d = new Delivery(db, flaky, TestBot.CLOCK, slept::add, 2)) {
                List<OutboxRow> rows = queue(db, 5, 2);
                d.enqueue(rows);
                settle(d, db);
                assertEquals(List.of(7_000L, 500L), slept);
                assertEquals(List.of(rows.get(0).id(), rows.get(0).id(), rows.get(0).id(), rows.get(1).id()), attempts,
                        "the second message waits for the first: one chat is served in order");
                assertEquals("sent:3", status(db, rows.get(0).id()));
            }
        }
    }

    @Test
    void aBlockedChatIsMarkedFailedAndNotRetried() throws Exception {
        try (Database db = Database.open(dir.resolve("k.db"), TestBot.CLOCK, 64)) {
            Gateway blocked = (chat, m, id) -> {
                attempts.add(id);
                throw DeliveryException.permanent("403");
            };
            try (Delivery d = new Delivery(db, blocked, TestBot.CLOCK, slept::add, 2)) {
                List<OutboxRow> rows = queue(db, 6, 1);
                d.enqueue(rows);
                settle(d, db);
                assertEquals(1, attempts.size());
                assertEquals("failed:1", status(db, rows.get(0).id()));
            }
        }
    }

    @Test
    void messagesCommittedButNotSentBeforeAStopAreSentAtStart() throws Exception {
        try (Database db = Database.open(dir.resolve("k.db"), TestBot.CLOCK, 64)) {
            List<OutboxRow> rows = queue(db, 8, 3);
            RecordingGateway out = new RecordingGateway();
            try (Delivery d = new Delivery(db, out, TestBot.CLOCK, slept::add, 2)) {
                d.resumePending();
                settle(d, db);
            }
            assertEquals(List.of("m0", "m1", "m2"), out.textsTo(8));
            rows.forEach(r -> assertEquals("sent:1", status(db, r.id())));
        }
    }
}
