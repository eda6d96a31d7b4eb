package org.koppel.app;

import java.time.Clock;
import org.koppel.config.Config;
import org.koppel.store.Database;

/** Turns rows an earlier release wrote into what this one reads, once, at start. */
final class Upgrade {
    private Upgrade() {
    }

    static void run(Database db, Config config, Clock clock) {
    }
}
