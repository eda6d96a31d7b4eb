package org.koppel.community;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.koppel.store.Statements;

/**
 * One community as a coordinator manages it: its details, its key persons, and the people the
 * typed start of a first name finds (profiles only: the bot keeps no other names).
 */
record ManageView(Info community, List<Person> keyPersons, List<Person> found, String base) {

    /** Someone with a first name from their profile; detail is a job title or region. */
    record Person(long id, String name, String detail) {
    }

    static ManageView read(Connection c, long id, String typed, String base) throws SQLException {
        Info info = CommunityStore.one(c, id);
        if (info == null || !people(c, "SELECT id, '', '' FROM community WHERE id = ? AND archived_at IS NOT NULL",
                id).isEmpty()) {
            return null;
        }
        // a key person who made no profile has no name the bot keeps (the terminal knows its own names)
        List<Person> keys = people(c, "SELECT m.person_id, COALESCE(n.first_name, v.first_name, t.name), '' "
                + "FROM membership m LEFT JOIN newcomer_profile n ON n.person_id = m.person_id "
                + "LEFT JOIN volunteer_profile v ON v.person_id = m.person_id LEFT JOIN console_person t ON t.id = m.person_id "
                + "WHERE m.community_id = ? AND m.role = 'key_person' AND m.status = 'active' ORDER BY m.joined_at", id);
        List<Person> found = typed == null ? List.of() : people(c, "SELECT person_id, first_name, region FROM "
                + "newcomer_profile WHERE first_name LIKE ?1 ESCAPE '\\' UNION ALL SELECT person_id, first_name, job_title "
                + "FROM volunteer_profile WHERE first_name LIKE ?1 ESCAPE '\\' LIMIT 20", Statements.startsWith(typed));
        return new ManageView(info, keys, found, base);
    }

    private static List<Person> people(Connection c, String sql, Object arg) throws SQLException {
        List<Person> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, arg);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new Person(r.getLong(1), r.getString(2), r.getString(3)));
                }
            }
        }
        return out;
    }
}
