package org.koppel.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import org.sqlite.SQLiteConfig;

/**
 * The SQLite file: WAL, a busy timeout, foreign keys, IMMEDIATE write transactions, migrations at
 * open. Writes go through one group-committing writer; reads use a connection per thread.
 */
public final class Database implements AutoCloseable {
    private final String url;
    private final SQLiteConfig config;
    private final Connection writer;
    private final GroupCommitter committer;
    private final List<Connection> readers = new CopyOnWriteArrayList<>();
    private final ThreadLocal<Connection> reader = new ThreadLocal<>();

    private final Checkpointer checkpointer;

    private Database(String url, SQLiteConfig config, Connection writer, int maxBatch) throws SQLException {
        this.checkpointer = new Checkpointer(config.createConnection(url), 200);
        this.url = url;
        this.config = config;
        this.writer = writer;
        this.committer = new GroupCommitter(writer, maxBatch);
    }

    /** How far a commit is kept: through a power cut (the default) or through a crash of the process only. */
    public enum Durability {
        /** synchronous=FULL: every commit reaches the disk before anyone is told it happened. */
        POWER_SAFE(SQLiteConfig.SynchronousMode.FULL),
        /** synchronous=NORMAL: survives any crash of the process; a power cut can lose the last commits. */
        CRASH_SAFE(SQLiteConfig.SynchronousMode.NORMAL);

        private final SQLiteConfig.SynchronousMode mode;

        Durability(SQLiteConfig.SynchronousMode mode) {
            this.mode = mode;
        }
    }

    public static Database open(Path file, Clock clock, int maxCommitBatch) {
        return open(file, clock, maxCommitBatch, Durability.POWER_SAFE);
    }

    public static Database open(Path file, Clock clock, int maxCommitBatch, Durability durability) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            // a reply goes out only after its step is committed, so the commit must outlast a power cut
            config.setSynchronous(durability.mode);
            config.setBusyTimeout(5_000);
            config.enforceForeignKeys(true);
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            // Erased answers are overwritten in the file, not just unlinked. FAST would leave them on
            // freed pages (a whole erased profile frees pages), so it is ON, at some extra I/O on deletes.
            config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "on");
            String url = "jdbc:sqlite:" + file.toAbsolutePath();
            Connection writer = config.createConnection(url);
            Migrations.apply(writer, clock.millis());
            try (var s = writer.createStatement()) {
                s.execute("PRAGMA wal_autocheckpoint = 0");
            }
            return new Database(url, config, writer, maxCommitBatch);
        } catch (SQLException | IOException e) {
            throw new StoreException("cannot open database " + file, e);
        }
    }

    /** Runs work in the next group commit and waits until it is durable. */
    public <T> T write(Sql<T> work) {
        return await(committer.submit(work));
    }

    /** Runs work in the next group commit; the future completes once it is durable. */
    public <T> CompletableFuture<T> writeAsync(Sql<T> work) {
        return committer.submit(work);
    }

    /**
     * Asks for the write-ahead log to be emptied and cut to nothing soon, as after an erasure:
     * until then it still holds the pages as they were before, with the erased words.
     */
    public void truncateLogSoon() {
        checkpointer.truncateSoon();
    }

    /** Waits until a requested truncation of the log is done; for tests and orderly shutdown. */
    public void awaitTruncated() {
        checkpointer.awaitTruncated();
    }

    /** Reads outside any write transaction, seeing the last commit. */
    public <T> T read(Sql<T> work) {
        try {
            return work.run(readConnection());
        } catch (SQLException e) {
            throw new StoreException("read failed", e);
        }
    }

    private Connection readConnection() throws SQLException {
        Connection c = reader.get();
        if (c == null || c.isClosed()) {
            c = config.createConnection(url);
            reader.set(c);
            readers.add(c);
        }
        return c;
    }

    static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for commit", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof StoreException se) {
                throw se;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new StoreException("write failed", cause);
        }
    }

    @Override
    public void close() {
        committer.close();
        checkpointer.close();
        for (Connection c : readers) {
            closeQuietly(c);
        }
        closeQuietly(writer);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing at shutdown: nothing left to protect
        }
    }
}
