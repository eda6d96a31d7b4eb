package org.koppel.privacy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.koppel.core.Events;
import org.koppel.core.Json;
import org.koppel.core.PersonalData;
import org.koppel.store.Rows;
import org.koppel.store.Statements;

/**
 * The person themselves: language, consent with its time, role, pause, and every conversation
 * they are in with its answers so far. Erasing leaves one row of counts without identity (role,
 * language, how far they came, the month they were erased), so the figures still add up.
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

    @Override
    public void erase(Connection c, long person, long now, Events events) throws SQLException {
        String month = Instant.ofEpochMilli(now).atOffset(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1).toString();
        Statements.update(c, "INSERT INTO erased_person(month, role, language, consented, profile_complete) "
                + "SELECT ?, role, language, consent = 'yes', "
                + "EXISTS (SELECT 1 FROM newcomer_profile WHERE person_id = p.id) "
                + "OR EXISTS (SELECT 1 FROM volunteer_profile WHERE person_id = p.id) FROM person p WHERE id = ?",
                month, person);
    }
}
