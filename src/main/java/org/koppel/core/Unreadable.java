package org.koppel.core;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.koppel.i18n.Messages;
import org.koppel.store.Statements;

/**
 * Updates the edge skipped because they could not be read: recorded by id (nothing of their
 * content), and the coordinators told once a day at most, so one odd client cannot flood them.
 */
final class Unreadable {
    private static final long QUIET = Duration.ofDays(1).toMillis();

    private Unreadable() {
    }

    static List<OutboxRow> record(Connection c, List<Long> ids, Set<Long> coordinators, Messages messages, long now)
            throws SQLException {
        for (long id : ids) {
            Statements.update(c, "INSERT OR IGNORE INTO unreadable_update(update_id, skipped_at) VALUES (?, ?)", id, now);
        }
        var recent = Statements.prepare(c, "SELECT 1 FROM unreadable_update WHERE told = 1 AND skipped_at > ?");
        recent.setLong(1, now - QUIET);
        try (var r = recent.executeQuery()) {
            if (r.next()) {
                return List.of();
            }
        }
        Statements.update(c, "UPDATE unreadable_update SET told = 1 WHERE told = 0");
        String list = ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
        List<OutboxRow> out = new ArrayList<>();
        for (long coordinator : coordinators) {
            String language = PersonStore.language(c, coordinator);
            var t = messages.of(language);
            Outgoing text = new Outgoing.Send(t.message(t.t("alert.unreadable", "count", ids.size(), "ids", list)),
                    List.of());
            out.addAll(OutboxStore.insert(c, coordinator, List.of(new Outcome.Reply(text, Set.of())), now));
        }
        return out;
    }
}
