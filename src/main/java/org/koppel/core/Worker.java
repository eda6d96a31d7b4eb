package org.koppel.core;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A background thread that does a pass, then sleeps for as long as the pass says or until woken,
 * never polling in a busy loop. A failing pass is logged by its kind only and retried a second
 * later; closing interrupts it and waits, so no pass meets a closed database.
 */
public abstract class Worker implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Worker.class);
    private final String name;
    private final Object lock = new Object();
    private boolean woken;
    private volatile boolean closed;
    private volatile Thread thread;
    private final java.util.concurrent.atomic.AtomicLong wakes = new java.util.concurrent.atomic.AtomicLong();
    private volatile long answered;
    private volatile boolean inPass;

    protected Worker(String name) {
        this.name = name;
    }

    /** One round of work; returns how long to sleep before the next (0 or less: go on at once). */
    protected abstract long pass() throws InterruptedException;

    public void start() {
        thread = new Thread(this::loop, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** There is new work: run a pass now instead of sleeping on. */
    public void wake() {
        wakes.incrementAndGet();
        synchronized (lock) {
            woken = true;
            lock.notifyAll();
        }
    }

    /**
     * Whether a pass is running, or a wake has not been answered by a pass yet. A test that moves
     * its clock waits for this to be false first, or the pass a step's wake started could run
     * with the moved clock and take work the test meant to run itself.
     */
    public boolean busy() {
        return thread != null && !closed && (inPass || wakes.get() != answered);
    }

    protected boolean closed() {
        return closed;
    }

    private void loop() {
        while (!closed) {
            try {
                long sleep;
                inPass = true;
                answered = wakes.get();
                try {
                    sleep = pass();
                } finally {
                    inPass = false;
                }
                synchronized (lock) {
                    if (!woken && sleep > 0) {
                        lock.wait(sleep);
                    }
                    woken = false;
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (closed) {
                    // interrupted by close: the work is still stored and runs after the next start
                    return;
                }
                log.error("{} pass failed: {}", name, e.getClass().getName());
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException ie) {
                    return;
                }
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
