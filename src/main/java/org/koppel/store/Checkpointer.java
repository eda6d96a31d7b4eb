package org.koppel.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies the WAL back into the database file from its own connection and thread. Left to
 * SQLite, this happens inside whichever commit crosses the threshold, and its two fsyncs would
 * stall every step waiting on that commit. PASSIVE never blocks the writer or readers.
 */
final class Checkpointer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Checkpointer.class);
    private final Connection connection;
    private final Thread thread;
    private final long intervalMillis;
    private volatile boolean closed;

    Checkpointer(Connection connection, long intervalMillis) {
        this.connection = connection;
        this.intervalMillis = intervalMillis;
        this.thread = new Thread(this::loop, "koppel-checkpoint");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void loop() {
        while (!closed) {
            try {
                Thread.sleep(intervalMillis);
                checkpoint("PASSIVE");
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void checkpoint(String mode) {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(" + mode + ")");
        } catch (SQLException e) {
            log.warn("checkpoint failed: {}", e.getClass().getName());
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        checkpoint("TRUNCATE");
        try {
            connection.close();
        } catch (SQLException ignored) {
            // shutting down
        }
    }
}
