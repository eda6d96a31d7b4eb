package org.koppel.core;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * What one feature keeps about a person, for the two rights every person has: to see it all
 * (/mydata) and to have it erased (/delete).
 */
public interface PersonalData {
    /** Nothing stored about anyone. */
    PersonalData NONE = of("", (c, person) -> null, (c, person, now, events) -> { });

    /** A part from its name and the two things a feature does for it. */
    static PersonalData of(String part, Export export, Erase erase) {
        return new PersonalData() {
            @Override
            public String part() {
                return part;
            }

            @Override
            public Object export(Connection c, long person) throws SQLException {
                return export.of(c, person);
            }

            @Override
            public void erase(Connection c, long person, long now, Events events) throws SQLException {
                erase.of(c, person, now, events);
            }
        };
    }

    /** See {@link #export(Connection, long)}. */
    @FunctionalInterface
    interface Export {
        Object of(Connection c, long person) throws SQLException;
    }

    /** See {@link #erase(Connection, long, long, Events)}. */
    @FunctionalInterface
    interface Erase {
        void of(Connection c, long person, long now, Events events) throws SQLException;
    }

    /** The name of this part in the exported file, such as "profile". */
    String part();

    /** Everything this feature keeps about the person as plain records, lists and maps; null when nothing. */
    Object export(Connection c, long person) throws SQLException;

    /**
     * Removes what this feature keeps about the person, or keeps counts without identity. Whatever
     * the person shared with someone else is ended for that someone through {@code events} (a
     * meeting cancelled with notice), before the person's own rows go.
     */
    void erase(Connection c, long person, long now, Events events) throws SQLException;
}
