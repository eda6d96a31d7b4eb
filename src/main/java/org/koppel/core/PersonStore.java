package org.koppel.core;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.koppel.store.Statements;

/** person and conversation rows. */
public final class PersonStore {
    private PersonStore() {
    }

    public static PersonState load(Connection c, long id) throws SQLException {
        Person person;
        PreparedStatement p = Statements.prepare(c, "SELECT language, COALESCE(last_seen, 0) FROM person WHERE id = ?");
        p.setLong(1, id);
        try (ResultSet r = p.executeQuery()) {
            if (!r.next()) {
                return PersonState.NEW;
            }
            person = new Person(id, r.getString(1), r.getLong(2));
        }
        Map<String, Conv> conversations = new LinkedHashMap<>();
        PreparedStatement s = Statements.prepare(c, "SELECT key, kind, state, data, data_version, seq, asked "
                + "FROM conversation WHERE person_id = ? ORDER BY key");
        s.setLong(1, id);
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                Conv conv = new Conv(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getInt(5),
                        r.getLong(6), r.getLong(7));
                conversations.put(conv.key(), conv);
            }
        }
        return new PersonState(person, conversations);
    }

    /** Writes the person when new or changed, the conversations that changed, and drops those that ended. */
    public static void save(Connection c, Person p, boolean personChanged, Collection<Conv> changed,
                            Collection<String> ended, long now) throws SQLException {
        if (personChanged) {
            Statements.update(c, "INSERT INTO person(id, language, created_at, last_seen) VALUES (?, ?, ?, ?) "
                    + "ON CONFLICT(id) DO UPDATE SET language = excluded.language", p.id(), p.language(), now, now);
        }
        for (Conv v : changed) {
            Statements.update(c, "INSERT INTO conversation(person_id, key, kind, state, data, data_version, seq, asked, "
                    + "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(person_id, key) DO UPDATE SET "
                    + "kind = excluded.kind, state = excluded.state, data = excluded.data, "
                    + "data_version = excluded.data_version, seq = excluded.seq, asked = excluded.asked, "
                    + "updated_at = excluded.updated_at",
                    p.id(), v.key(), v.kind(), v.state(), v.data(), v.version(), v.seq(), v.asked(), now);
        }
        for (String key : ended) {
            Statements.update(c, "DELETE FROM conversation WHERE person_id = ? AND key = ?", p.id(), key);
        }
    }

    /** The person sent the bot something: retention counts inactivity from here. */
    static void seen(Connection c, long id, long now) throws SQLException {
        Statements.update(c, "UPDATE person SET last_seen = ? WHERE id = ?", now, id);
    }

    /** Whether anyone by this id is known; messages to people the bot does not know are not sent. */
    /** The language the person reads the bot in, or null for someone not stored. */
    public static String language(Connection c, long id) throws SQLException {
        PreparedStatement s = Statements.prepare(c, "SELECT language FROM person WHERE id = ?");
        s.setLong(1, id);
        try (ResultSet r = s.executeQuery()) {
            return r.next() ? r.getString(1) : null;
        }
    }

    static boolean exists(Connection c, long id) throws SQLException {
        PreparedStatement s = Statements.prepare(c, "SELECT 1 FROM person WHERE id = ?");
        s.setLong(1, id);
        try (ResultSet r = s.executeQuery()) {
            return r.next();
        }
    }
}
