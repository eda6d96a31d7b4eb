package org.koppel.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Prepared statements kept per connection. Compiling SQL costs more than running these small
 * statements, and each connection is used by one thread at a time (the writer, or one reader per
 * thread), so a statement is reused rather than closed. Callers must not close what they get.
 */
public final class Statements {
    private static final Map<Connection, Map<String, PreparedStatement>> CACHE = new WeakHashMap<>();

    private Statements() {
    }

    public static PreparedStatement prepare(Connection c, String sql) throws SQLException {
        Map<String, PreparedStatement> mine;
        synchronized (CACHE) {
            mine = CACHE.computeIfAbsent(c, k -> new HashMap<>());
        }
        PreparedStatement s = mine.get(sql);
        if (s == null || s.isClosed()) {
            s = c.prepareStatement(sql);
            mine.put(sql, s);
        }
        return s;
    }

    /** Runs an INSERT, UPDATE or DELETE with these parameters in order; returns the rows changed. */
    public static int update(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement s = prepare(c, sql);
        for (int i = 0; i < args.length; i++) {
            s.setObject(i + 1, args[i]);
        }
        return s.executeUpdate();
    }

    /** A LIKE pattern for text that starts with what someone typed, its own % and _ taken literally (ESCAPE '\\'). */
    public static String startsWith(String typed) {
        return typed.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
