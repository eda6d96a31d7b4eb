package org.koppel.app.upgrade;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import org.koppel.conversation.Keys;
import org.koppel.core.Json;
import org.koppel.store.Statements;

/** Writes the conversations the upgrade makes, remembering which meeting sides it has made. */
final class Written {
    /** asked for the conversation that was the person's live question, so their typing still goes there. */
    static final long LIVE = 2;
    /** asked for other conversations that wait for an answer. */
    static final long WAITING = 1;
    final Connection c;
    final long now;
    final Set<String> sides = new HashSet<>();

    Written(Connection c, long now) {
        this.c = c;
        this.now = now;
    }

    void conversation(long person, String key, String state, Object data, long seq, long asked) throws SQLException {
        Statements.update(c, "INSERT OR REPLACE INTO conversation(person_id, key, kind, state, data, data_version, seq, "
                + "asked, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)", person, key, Keys.kind(key), state,
                Json.write(data), seq, asked, now);
        if (key.startsWith("meeting:")) {
            sides.add(person + "/" + key);
        }
    }

    boolean hasSide(long person, String key) {
        return sides.contains(person + "/" + key);
    }
}
