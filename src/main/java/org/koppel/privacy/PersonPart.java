package org.koppel.privacy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.koppel.core.Events;
import org.koppel.core.Json;
import org.koppel.core.PersonalData;
import org.koppel.stats.ErasedPeople;
import org.koppel.store.Rows;

/**
 * The person themselves: language, consent with its time, role, pause, and every conversation
 * they are in with its answers so far. Erasing leaves one row of counts without identity (role,
 * language, how far they came, the month they were erased; see {@link ErasedPeople}), so the
 * figures still add up.
 */
final class PersonPart implements PersonalData {
    @Override
    public String part() {
        return "person";
    }

    @Override
    public Object export(Connection c, long person) throws SQLException {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> row = Rows.one(c, "SELECT id AS telegram_id, language, consent, consent_at, role, paused, "
                + "created_at FROM person WHERE id = ?", person);
        if (row != null) {
            out.putAll(row);
        }
        var conversations = Rows.all(c, "SELECT key, state, data, updated_at FROM conversation WHERE person_id = ? "
                + "ORDER BY key", person);
        conversations.forEach(r -> r.put("data", Json.tree((String) r.get("data"))));
        out.put("conversations", conversations);
        return out;
    }

    /** Privacy is the first feature, so the counts are taken before any other part removes its rows. */
    @Override
    public void erase(Connection c, long person, long now, Events events) throws SQLException {
        ErasedPeople.keep(c, person, now);
    }
}
