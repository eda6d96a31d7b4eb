package org.koppel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The shared sending rate, on a fake nano clock that the sleeper moves on. */
final class PacerTest {
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final List<Long> slept = new ArrayList<>();
    private final Pacer pacer = new Pacer(25, nanos::get, ms -> {
        slept.add(ms);
        nanos.addAndGet(ms * 1_000_000);
    });

    @Test
    void broadcastTurnsAreSpacedEvenlyAtTheRate() throws InterruptedException {
        for (int i = 0; i < 26; i++) {
            pacer.await();
        }
        assertEquals(1_000_000_000L, nanos.get() - 1_000_000_000L, "26 turns take a second: 25 a second, no burst");
    }

    /** Replies used to go at once without limit: 300 people opening a join link got 30 a second and 429s. */
    @Test
    void repliesTakeTurnsAtTheRateToo() throws InterruptedException {
        long start = nanos.get();
        for (int i = 0; i < 28; i++) {
            pacer.reply();
        }
        // the first goes at once, then one every 40 ms: no burst beyond 25 a second
        assertEquals(27 * 40_000_000L, nanos.get() - start, "28 replies are spread over 1.08 s");
    }

    @Test
    void aBroadcastTurnComesAfterTheRepliesBookedBeforeIt() throws InterruptedException {
        pacer.reply();
        pacer.reply();
        pacer.reply();
        long before = nanos.get();
        pacer.await();
        assertTrue(nanos.get() > before, "the broadcast waits behind the replies' turns");
    }

    @Test
    void aChatGetsAShortBurstThenWaitsForTheSecondToPass() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            pacer.chatTurn(42);
        }
        pacer.chatTurn(7);
        assertTrue(slept.isEmpty(), "three to one chat, and other chats, go at once");
        pacer.chatTurn(42);
        assertEquals(1, slept.size());
        assertTrue(slept.get(0) >= 1_000, "the fourth waits until a second has passed: " + slept);
    }
}
