package org.koppel.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done on a connection lent for the duration of one call; never keep the connection. */
@FunctionalInterface
public interface Sql<T> {
    T run(Connection connection) throws SQLException;
}
