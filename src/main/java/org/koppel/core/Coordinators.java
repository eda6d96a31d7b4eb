package org.koppel.core;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Set;
import org.koppel.store.Database;

/**
 * Who coordinates: the ids from the configuration or environment (the bootstrap, which cannot be
 * removed from inside the bot) and those another coordinator appointed, stored in the database.
 * Steps see a snapshot; it is read again after a commit that appointed someone.
 */
public final class Coordinators {
    private final Set<Long> bootstrap;
    private final Database db;
    private volatile Set<Long> all;

    public Coordinators(Set<Long> bootstrap, Database db) {
        this.bootstrap = Set.copyOf(bootstrap);
        this.db = db;
        reload();
    }

    public Set<Long> all() {
        return all;
    }

    public boolean contains(long person) {
        return all.contains(person);
    }

    public void reload() {
        Set<Long> next = new HashSet<>(bootstrap);
        db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT person_id FROM coordinator");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    next.add(r.getLong(1));
                }
            }
            return null;
        });
        all = Set.copyOf(next);
    }
}
