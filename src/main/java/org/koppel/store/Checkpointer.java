package org.koppel.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies the WAL back into the database file from its own connection and thread. Left to
 * SQLite, this happens inside whichever commit crosses the threshold, and its two fsyncs would
 * stall every step waiting on that commit. PASSIVE never blocks the writer or readers. After an
 * erasure it truncates the log instead, retrying until no reader holds an older snapshot.
 */
final class Checkpointer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Checkpointer.class);
    private final Connection connection;
    private final Thread thread;
    private final long intervalMillis;
    private final Object lock = new Object();
    private volatile boolean closed;
    private boolean truncate;

    Checkpointer(Connection connection, long intervalMillis) {
        this.connection = connection;
        this.intervalMillis = intervalMillis;
        this.thread = new Thread(this::loop, "koppel-checkpoint");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    void truncateSoon() {
        synchronized (lock) {
            truncate = true;
            lock.notifyAll();
        }
    }

    void awaitTruncated() {
        synchronized (lock) {
            while (truncate && !closed) {
                try {
                    lock.wait(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void loop() {
        while (!closed) {
            try {
                boolean wanted;
                synchronized (lock) {
                    if (!truncate) {
                        lock.wait(intervalMillis);
                    }
                    wanted = truncate;
                }
                if (!wanted) {
                    checkpoint("PASSIVE");
                } else if (checkpoint("TRUNCATE")) {
                    synchronized (lock) {
                        truncate = false;
                        lock.notifyAll();
                    }
                } else {
                    Thread.sleep(intervalMillis);
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Whether the checkpoint went through completely (SQLite reports busy as its first column). */
    private boolean checkpoint(String mode) {
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("PRAGMA wal_checkpoint(" + mode + ")")) {
            return r.next() && r.getInt(1) == 0;
        } catch (SQLException e) {
            log.warn("checkpoint failed: {}", e.getClass().getName());
            return false;
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
