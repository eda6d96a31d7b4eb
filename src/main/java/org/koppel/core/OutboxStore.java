package org.koppel.core;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import org.koppel.store.Statements;
import java.util.List;
import java.util.Set;
import java.util.Optional;

/** outbox rows: written with the step that produced them, marked when delivered. */
public final class OutboxStore {
    private OutboxStore() {
    }

    /**
     * Stores messages for a chat, each tagged with the people whose details it carries, so the
     * copy the bot keeps goes when one of them is erased.
     */
    static List<OutboxRow> insert(Connection c, long chatId, List<Outcome.Reply> messages, long now)
            throws SQLException {
        List<OutboxRow> rows = new ArrayList<>(messages.size());
        PreparedStatement s = Statements.prepare(c,
                "INSERT INTO outbox(chat_id, payload, has_buttons, created_at) VALUES (?, ?, ?, ?) RETURNING id");
        for (Outcome.Reply reply : messages) {
            if (!known(c, reply.about(), chatId)) {
                // rendered before someone it names was erased: neither sent nor kept
                continue;
            }
            Outgoing m = reply.message();
            s.setLong(1, chatId);
            s.setString(2, Json.write(m));
            s.setInt(3, m.hasButtons() ? 1 : 0);
            s.setLong(4, now);
            long id;
            try (ResultSet r = s.executeQuery()) {
                r.next();
                id = r.getLong(1);
            }
            for (long person : reply.about()) {
                if (person != chatId) {
                    Statements.update(c, "INSERT OR IGNORE INTO outbox_about(outbox_id, person_id) VALUES (?, ?)", id, person);
                }
            }
            rows.add(new OutboxRow(id, chatId, m));
        }
        return rows;
    }

    private static boolean known(Connection c, Set<Long> about, long chatId) throws SQLException {
        for (long person : about) {
            if (person != chatId && !PersonStore.exists(c, person)) {
                return false;
            }
        }
        return true;
    }

    static void markSent(Connection c, long id, long messageRef, int attempts, long now) throws SQLException {
        Statements.update(c, "UPDATE outbox SET status = 'sent', message_ref = ?, sent_at = ?, attempts = ? WHERE id = ?",
                messageRef, now, attempts, id);
    }

    static void markFailed(Connection c, long id, int attempts) throws SQLException {
        {
            PreparedStatement s = Statements.prepare(c, "UPDATE outbox SET status = 'failed', attempts = ? WHERE id = ?");
            s.setInt(1, attempts);
            s.setLong(2, id);
            s.executeUpdate();
        }
    }

    static List<OutboxRow> pending(Connection c) throws SQLException {
        List<OutboxRow> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id, chat_id, payload FROM outbox WHERE status = 'pending' ORDER BY id");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                rows.add(new OutboxRow(r.getLong(1), r.getLong(2), Json.read(r.getString(3), Outgoing.class)));
            }
        }
        return rows;
    }

    /** The newest message with buttons sent to a chat, as the terminal shows it to be pressed. */
    public static Optional<Shown> latestKeyboard(Connection c, long chatId) throws SQLException {
        {
            PreparedStatement s = Statements.prepare(c,
                "SELECT id, payload, message_ref FROM outbox WHERE chat_id = ? AND has_buttons = 1 "
                        + "AND status = 'sent' ORDER BY id DESC LIMIT 1");
            s.setLong(1, chatId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Shown(r.getLong(3), Json.read(r.getString(2), Outgoing.class)));
            }
        }
    }

    /** A message as shown: its ref and content. */
    public record Shown(long messageRef, Outgoing message) {
    }

    /** Forgets delivered messages after a week: they hold answers people gave. */
    static int prune(Connection c, long before) throws SQLException {
        Statements.update(c, "DELETE FROM outbox_about WHERE outbox_id IN (SELECT id FROM outbox "
                + "WHERE status <> 'pending' AND created_at < ?)", before);
        return Statements.update(c, "DELETE FROM outbox WHERE status <> 'pending' AND created_at < ?", before);
    }

    /** Every message the bot keeps that went to the person or carries their details; returns their ids. */
    static List<Long> erase(Connection c, long person) throws SQLException {
        List<Long> ids = new ArrayList<>();
        PreparedStatement s = Statements.prepare(c, "DELETE FROM outbox WHERE chat_id = ? "
                + "OR id IN (SELECT outbox_id FROM outbox_about WHERE person_id = ?) RETURNING id");
        s.setLong(1, person);
        s.setLong(2, person);
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        Statements.update(c, "DELETE FROM outbox_about WHERE person_id = ? "
                + "OR outbox_id NOT IN (SELECT id FROM outbox)", person);
        return ids;
    }
}
