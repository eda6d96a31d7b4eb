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

    @Test
    void repliesGoAtOnceAndBroadcastsMakeRoomForThem() throws InterruptedException {
        pacer.takeNow();
        pacer.takeNow();
        assertTrue(slept.isEmpty(), "replies never wait for the rate");
        pacer.await();
        assertEquals(List.of(80L), slept, "the next broadcast turn comes after the two replies' turns");
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
