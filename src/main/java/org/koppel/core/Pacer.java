package org.koppel.core;

import java.util.function.LongSupplier;

/**
 * The bot's one sending rate (Telegram allows about 30 messages a second across all chats), for
 * every message: replies in conversations and broadcast copies take turns spaced evenly, so no
 * one-second window holds more than the rate plus {@link #CATCH_UP}. Replies come first: while
 * one waits for its turn, broadcasts hold back, so a flood of people opening the bot (a join link
 * shared in a busy group) is answered within the limit and a broadcast slows down for it.
 * One chat gets at most {@link #BURST} messages in any second (Telegram tolerates a short burst,
 * such as a reply of three messages, not a stream).
 */
public final class Pacer {
    private final long spacingNanos;
    private final LongSupplier nanoTime;
    private final Delivery.Sleeper sleeper;
    private long next;
    static final int BURST = 3;
    static final int CATCH_UP = 2;
    /** A little over a second: the server counts arrivals, which network jitter moves closer together. */
    private static final long CHAT_WINDOW_NANOS = 1_100_000_000L;
    private final java.util.Map<Long, java.util.ArrayDeque<Long>> chats = new java.util.HashMap<>();
    private int repliesWaiting;

    public Pacer(double perSecond, LongSupplier nanoTime, Delivery.Sleeper sleeper) {
        this.spacingNanos = (long) (1_000_000_000L / perSecond);
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
        this.next = nanoTime.getAsLong();
    }

    /**
     * Waits until this chat has had fewer than {@link #BURST} messages in the last second. The turn
     * is booked before waiting, so a sleeper that does not really sleep (in tests) never spins.
     */
    public void chatTurn(long chat) throws InterruptedException {
        long wait;
        synchronized (chats) {
            long now = nanoTime.getAsLong();
            java.util.ArrayDeque<Long> sent = chats.computeIfAbsent(chat, k -> new java.util.ArrayDeque<>());
            while (sent.size() > BURST || !sent.isEmpty() && now - sent.peekFirst() >= CHAT_WINDOW_NANOS) {
                sent.pollFirst();
            }
            long at = sent.size() < BURST ? now : sent.pollFirst() + CHAT_WINDOW_NANOS;
            sent.addLast(Math.max(at, now));
            wait = at - now;
            if (chats.size() > 10_000) {
                chats.values().removeIf(q -> q.isEmpty() || now - q.peekLast() >= CHAT_WINDOW_NANOS);
            }
        }
        if (wait > 0) {
            sleeper.sleep(Math.max(1, wait / 1_000_000));
        }
    }

    /** A conversation reply: the next free turn, ahead of any broadcast copy not yet booked. */
    public void reply() throws InterruptedException {
        long wait;
        synchronized (this) {
            wait = book();
            if (wait > 0) {
                repliesWaiting++;
            }
        }
        if (wait > 0) {
            try {
                sleeper.sleep(Math.max(1, wait / 1_000_000));
            } finally {
                synchronized (this) {
                    repliesWaiting--;
                }
            }
        }
    }

    /** The next turn from now, caught up by at most {@link #CATCH_UP} after a quiet spell; nanos to wait. */
    private long book() {
        long now = nanoTime.getAsLong();
        long at = Math.max(next, now - CATCH_UP * spacingNanos);
        next = at + spacingNanos;
        return at - now;
    }

    /**
     * A broadcast message: waits for the next free turn. A sender that fell behind (a slow commit,
     * a pause) may catch up by {@link #CATCH_UP} turns, so hiccups do not lower the rate for good
     * while a second never holds more than the rate plus a few.
     */
    public void await() throws InterruptedException {
        long wait = -1;
        while (wait < 0) {
            synchronized (this) {
                wait = repliesWaiting > 0 ? -1 : Math.max(0, book());
            }
            if (wait < 0) {
                // replies are queued for their turns: let them go first
                sleeper.sleep(Math.max(1, spacingNanos / 1_000_000));
            }
        }
        if (wait > 0) {
            sleeper.sleep(Math.max(1, wait / 1_000_000));
        }
    }
}
