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
    private Thread thread;

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
        synchronized (lock) {
            woken = true;
            lock.notifyAll();
        }
    }

    protected boolean closed() {
        return closed;
    }

    private void loop() {
        while (!closed) {
            try {
                long sleep = pass();
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
