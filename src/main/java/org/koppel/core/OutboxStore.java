package org.koppel.core;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** outbox rows: written with the step that produced them, marked when delivered. */
public final class OutboxStore {
    private OutboxStore() {
    }

    static List<OutboxRow> insert(Connection c, long chatId, List<Outgoing> messages, long now) throws SQLException {
        List<OutboxRow> rows = new ArrayList<>(messages.size());
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO outbox(chat_id, payload, has_buttons, created_at) VALUES (?, ?, ?, ?) RETURNING id")) {
            for (Outgoing m : messages) {
                s.setLong(1, chatId);
                s.setString(2, Json.write(m));
                s.setInt(3, m.hasButtons() ? 1 : 0);
                s.setLong(4, now);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    rows.add(new OutboxRow(r.getLong(1), chatId, m));
                }
            }
        }
        return rows;
    }

    static void markSent(Connection c, long id, long messageRef, int attempts, long now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE outbox SET status = 'sent', message_ref = ?, sent_at = ?, attempts = ? WHERE id = ?")) {
            s.setLong(1, messageRef);
            s.setLong(2, now);
            s.setInt(3, attempts);
            s.setLong(4, id);
            s.executeUpdate();
        }
    }

    static void markFailed(Connection c, long id, int attempts) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE outbox SET status = 'failed', attempts = ? WHERE id = ?")) {
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
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id, payload, message_ref FROM outbox WHERE chat_id = ? AND has_buttons = 1 "
                        + "AND status = 'sent' ORDER BY id DESC LIMIT 1")) {
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
        try (PreparedStatement s = c.prepareStatement("DELETE FROM outbox WHERE status <> 'pending' AND created_at < ?")) {
            s.setLong(1, before);
            return s.executeUpdate();
        }
    }
}
