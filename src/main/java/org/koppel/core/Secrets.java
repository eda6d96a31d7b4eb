package org.koppel.core;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.koppel.store.Database;

/** Keys generated at first start and kept in the database, so buttons stay valid across restarts. */
public final class Secrets {
    private Secrets() {
    }

    public static byte[] buttonKey(Database db) {
        return key(db, "button_key");
    }

    /** A random key of this installation under this name, made once and kept in the database. */
    public static byte[] key(Database db, String name) {
        return db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT value FROM app_secret WHERE name = ?")) {
                s.setString(1, name);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        return r.getBytes(1);
                    }
                }
            }
            byte[] key = ButtonSigner.newKey();
            try (PreparedStatement s = c.prepareStatement("INSERT INTO app_secret(name, value) VALUES (?, ?)")) {
                s.setString(1, name);
                s.setBytes(2, key);
                s.executeUpdate();
            }
            return key;
        });
    }
}
