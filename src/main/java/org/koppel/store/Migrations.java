package org.koppel.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Numbered schema migrations from src/main/resources/db, listed in db/migrations.txt in order.
 * Each runs once, in its own transaction, recorded in schema_migration.
 */
final class Migrations {
    private Migrations() {
    }

    static int apply(Connection c, long nowMillis) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_migration(version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                    + " applied_at INTEGER NOT NULL)");
        }
        int current = currentVersion(c);
        int applied = 0;
        List<String> names = list();
        for (int i = 0; i < names.size(); i++) {
            int version = i + 1;
            if (version <= current) {
                continue;
            }
            String name = names.get(i);
            try (Statement s = c.createStatement()) {
                s.execute("BEGIN IMMEDIATE");
                try {
                    for (String statement : statements(resource("db/" + name))) {
                        s.execute(statement);
                    }
                    try (PreparedStatement p = c.prepareStatement(
                            "INSERT INTO schema_migration(version, name, applied_at) VALUES (?, ?, ?)")) {
                        p.setInt(1, version);
                        p.setString(2, name);
                        p.setLong(3, nowMillis);
                        p.executeUpdate();
                    }
                    s.execute("COMMIT");
                    applied++;
                } catch (SQLException | RuntimeException e) {
                    s.execute("ROLLBACK");
                    throw e;
                }
            }
        }
        return applied;
    }

    private static int currentVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT MAX(version) FROM schema_migration")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    static List<String> list() {
        List<String> names = new ArrayList<>();
        for (String line : resource("db/migrations.txt").split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                names.add(line.trim());
            }
        }
        return names;
    }

    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            if (line.trim().startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (line.trim().endsWith(";")) {
                out.add(current.toString().trim());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().trim());
        }
        return out;
    }

    private static String resource(String path) {
        try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }
}
