package org.koppel.core;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import org.koppel.store.Statements;
import java.util.List;

/** inbox rows: every update, committed before the edge acknowledges it. */
final class InboxStore {
    private InboxStore() {
    }

    /** A stored update and its row id. */
    record Entry(long id, Update update) {
    }

    /** Inserts the updates not seen before and returns those, in order. */
    static List<Entry> insertNew(Connection c, List<Update> updates, long now) throws SQLException {
        return insertNew(c, updates, updates.stream().map(Json::write).toList(), now);
    }


    static List<Entry> insertNew(Connection c, List<Update> updates, List<String> payloads, long now)
            throws SQLException {
        List<Entry> fresh = new ArrayList<>(updates.size());
        {
            PreparedStatement s = Statements.prepare(c,
                "INSERT INTO inbox(source_key, chat_id, payload, received_at) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT(source_key) DO NOTHING RETURNING id");
            for (int i = 0; i < updates.size(); i++) {
                Update u = updates.get(i);
                s.setString(1, u.sourceKey());
                s.setLong(2, u.chatId());
                s.setString(3, payloads.get(i));
                s.setLong(4, now);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        fresh.add(new Entry(r.getLong(1), u));
                    }
                }
            }
        }
        return fresh;
    }

    /** Marks an update handled and drops its text, which now lives only where the flow put it. */
    static void finish(Connection c, long id, String status) throws SQLException {
        {
            PreparedStatement s = Statements.prepare(c, "UPDATE inbox SET status = ?, payload = NULL WHERE id = ?");
            s.setString(1, status);
            s.setLong(2, id);
            s.executeUpdate();
        }
    }

    static List<Entry> unhandled(Connection c) throws SQLException {
        List<Entry> entries = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, payload FROM inbox WHERE status = 'new' ORDER BY id");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                entries.add(new Entry(r.getLong(1), Json.read(r.getString(2), Update.class)));
            }
        }
        return entries;
    }

    /** Forgets a handled row at once rather than keeping it two days. */
    static void drop(Connection c, long id) throws SQLException {
        Statements.update(c, "DELETE FROM inbox WHERE id = ?", id);
    }

    /** Updates from or for the person, handled or not: an erased person leaves no inbox rows. */
    static void erase(Connection c, long person) throws SQLException {
        Statements.update(c, "DELETE FROM inbox WHERE chat_id = ?", person);
    }

    /** Handled updates are kept two days so a late redelivery is still recognised, then go. */
    static int prune(Connection c, long before) throws SQLException {
        {
            PreparedStatement s = Statements.prepare(c, "DELETE FROM inbox WHERE status <> 'new' AND received_at < ?");
            s.setLong(1, before);
            return s.executeUpdate();
        }
    }
}
