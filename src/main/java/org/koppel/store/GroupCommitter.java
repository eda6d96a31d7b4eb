package org.koppel.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one writer. Work submitted from any thread is queued; the writer takes everything waiting,
 * runs each piece inside its own savepoint of one IMMEDIATE transaction, commits once, and only
 * then completes the callers' futures. A failing piece is rolled back to its savepoint without
 * touching the others. Commits bound SQLite's write rate, so sharing one commit between many
 * steps is what lets thousands of steps a second each be durable before their reply goes out.
 */
final class GroupCommitter implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GroupCommitter.class);

    private record Pending<T>(Sql<T> work, CompletableFuture<T> done) {
    }

    private static final Pending<Void> STOP = new Pending<>(c -> null, new CompletableFuture<>());

    private final Connection connection;
    private final int maxBatch;
    private final BlockingQueue<Pending<?>> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean closed;

    GroupCommitter(Connection connection, int maxBatch) {
        this.connection = connection;
        this.maxBatch = maxBatch;
        this.thread = new Thread(this::loop, "koppel-writer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    <T> CompletableFuture<T> submit(Sql<T> work) {
        CompletableFuture<T> done = new CompletableFuture<>();
        if (closed) {
            done.completeExceptionally(new StoreException("database is closed", null));
            return done;
        }
        queue.add(new Pending<>(work, done));
        return done;
    }

    private void loop() {
        List<Pending<?>> batch = new ArrayList<>();
        while (true) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(batch, maxBatch - 1);
            // by identity: a record's equals would compare every pending piece's fields
            boolean stop = batch.removeIf(p -> p == STOP);
            if (!batch.isEmpty()) {
                commit(batch);
            }
            batch.clear();
            if (stop) {
                return;
            }
        }
    }

    /**
     * Runs the batch as one transaction. Pieces rarely fail, so they first run without
     * savepoints; if one fails, the transaction is rolled back and the batch runs again with a
     * savepoint per piece, so only the failing piece is lost. Pieces must therefore be safe to
     * run twice: they compute nothing from the outside world while they run.
     */
    private void commit(List<Pending<?>> batch) {
        List<Runnable> completions = new ArrayList<>(batch.size());
        try (Statement s = connection.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            try {
                for (Pending<?> p : batch) {
                    completions.add(run(p));
                }
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(s);
                completions.clear();
                s.execute("BEGIN IMMEDIATE");
                for (Pending<?> p : batch) {
                    completions.add(runInSavepoint(p));
                }
            }
            try {
                s.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(s);
                throw e;
            }
        } catch (SQLException | RuntimeException e) {
            log.error("commit of {} writes failed: {}", batch.size(), e.getClass().getName());
            StoreException failure = new StoreException("commit failed", e);
            batch.forEach(p -> p.done().completeExceptionally(failure));
            return;
        }
        completions.forEach(Runnable::run);
    }

    private <T> Runnable run(Pending<T> p) throws SQLException {
        T result = p.work().run(connection);
        return () -> p.done().complete(result);
    }

    private <T> Runnable runInSavepoint(Pending<T> p) throws SQLException {
        Statements.prepare(connection, "SAVEPOINT step").execute();
        try {
            T result = p.work().run(connection);
            Statements.prepare(connection, "RELEASE step").execute();
            return () -> p.done().complete(result);
        } catch (SQLException | RuntimeException e) {
            Statements.prepare(connection, "ROLLBACK TO step").execute();
            Statements.prepare(connection, "RELEASE step").execute();
            return () -> p.done().completeExceptionally(e);
        }
    }

    private static void rollbackQuietly(Statement s) {
        try {
            s.execute("ROLLBACK");
        } catch (SQLException ignored) {
            // the transaction is already gone; the callers learn of the failure from their futures
        }
    }

    @Override
    public void close() {
        closed = true;
        queue.add(STOP);
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
