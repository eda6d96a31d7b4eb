package org.koppel.core;

import java.util.function.BooleanSupplier;

/** Waiting for the pipeline to go quiet, for tests and the terminal, which show replies in order. */
public final class Waiting {
    private Waiting() {
    }

    /** Returns once the condition holds, or when interrupted. */
    public static void until(BooleanSupplier done) {
        while (!done.getAsBoolean()) {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
