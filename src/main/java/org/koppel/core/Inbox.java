package org.koppel.core;

import java.time.Clock;
import java.util.List;
import org.koppel.store.Database;

/**
 * Where updates enter. {@link #accept} returns only once the updates are committed, because the
 * Telegram library confirms them to Telegram on its next poll, before any handler has run.
 */
public final class Inbox {
    private final Database db;
    private final Engine engine;
    private final Clock clock;

    public Inbox(Database db, Engine engine, Clock clock) {
        this.db = db;
        this.engine = engine;
        this.clock = clock;
    }

    /** Stores the updates (ignoring ones seen before) and queues them for handling. */
    public void accept(List<Update> updates) {
        if (updates.isEmpty()) {
            return;
        }
        long now = clock.millis();
        List<String> payloads = updates.stream().map(Json::write).toList();
        for (InboxStore.Entry e : db.write(c -> InboxStore.insertNew(c, updates, payloads, now))) {
            engine.submit(e.id(), e.update());
        }
    }

    /** Handles what was stored but not handled before the last stop. Call before accepting new updates. */
    public int replay() {
        List<InboxStore.Entry> entries = db.read(InboxStore::unhandled);
        for (InboxStore.Entry e : entries) {
            engine.submit(e.id(), e.update());
        }
        return entries.size();
    }
}
