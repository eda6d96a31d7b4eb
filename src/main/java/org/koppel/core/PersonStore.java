package org.koppel.core;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.koppel.store.Statements;

/** person and conversation rows. */
public final class PersonStore {
    private PersonStore() {
    }

    public static PersonState load(Connection c, long id) throws SQLException {
        {
            PreparedStatement s = Statements.prepare(c,
                "SELECT p.language, v.flow, v.state, v.data, v.data_version, v.seq FROM person p "
                        + "LEFT JOIN conversation v ON v.person_id = p.id WHERE p.id = ?");
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return PersonState.NEW;
                }
                Person person = new Person(id, r.getString(1));
                String flow = r.getString(2);
                Conversation conv = flow == null ? null
                        : new Conversation(flow, r.getString(3), r.getString(4), r.getInt(5), r.getLong(6));
                return new PersonState(person, conv);
            }
        }
    }

    public static void save(Connection c, PersonState st, boolean personChanged, long now) throws SQLException {
        Person p = st.person();
        if (personChanged) {
            PreparedStatement s = Statements.prepare(c,
                "INSERT INTO person(id, language, created_at) VALUES (?, ?, ?) "
                        + "ON CONFLICT(id) DO UPDATE SET language = excluded.language");
            s.setLong(1, p.id());
            s.setString(2, p.language());
            s.setLong(3, now);
            s.executeUpdate();
        }
        Conversation v = st.conversation();
        {
            PreparedStatement s = Statements.prepare(c,
                "INSERT INTO conversation(person_id, flow, state, data, data_version, seq, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(person_id) DO UPDATE SET flow = excluded.flow, "
                        + "state = excluded.state, data = excluded.data, data_version = excluded.data_version, "
                        + "seq = excluded.seq, updated_at = excluded.updated_at");
            s.setLong(1, p.id());
            s.setString(2, v.flow());
            s.setString(3, v.state());
            s.setString(4, v.data());
            s.setInt(5, v.version());
            s.setLong(6, v.seq());
            s.setLong(7, now);
            s.executeUpdate();
        }
    }

    /** Erases the person; their profile and conversation go with them, and so do delivered messages. */
    static void delete(Connection c, long id) throws SQLException {
        {
            PreparedStatement s = Statements.prepare(c, "DELETE FROM person WHERE id = ?");
            s.setLong(1, id);
            s.executeUpdate();
        }
        {
            PreparedStatement s = Statements.prepare(c, "DELETE FROM outbox WHERE chat_id = ? AND status <> 'pending'");
            s.setLong(1, id);
            s.executeUpdate();
        }
        {
            PreparedStatement s = Statements.prepare(c, "DELETE FROM job WHERE person_id = ?");
            s.setLong(1, id);
            s.executeUpdate();
        }
    }
}
