package org.koppel.console;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.koppel.store.Database;

/** Names typed in the terminal and the (negative) ids that stand for them, kept across restarts. */
final class ConsolePeople {
    private final Database db;
    private final Map<Long, String> names = new ConcurrentHashMap<>();

    ConsolePeople(Database db) {
        this.db = db;
    }

    long idOf(String name) {
        long id = db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM console_person WHERE name = ?")) {
                s.setString(1, name);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        return r.getLong(1);
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO console_person(name, id) SELECT ?, COALESCE(MIN(id), 0) - 1 FROM console_person RETURNING id")) {
                s.setString(1, name);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        });
        names.putIfAbsent(id, name);
        return id;
    }

    String nameOf(long id) {
        return names.computeIfAbsent(id, k -> db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT name FROM console_person WHERE id = ?")) {
                s.setLong(1, k);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? r.getString(1) : "#" + k;
                }
            }
        }));
    }
}
