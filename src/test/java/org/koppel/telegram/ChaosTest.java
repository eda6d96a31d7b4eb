package org.koppel.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bounded chaos setting CI runs: journeys at once against the bot as its own process (twelve
 * newcomers, /delete, a coffee meeting with reminders and follow-up, a broadcast, an event
 * check-in), 5% of all Bot API calls failing in four ways, and SIGKILLs with restarts in between. The long setting
 * is ChaosBench, run by hand, with its figures in BENCHMARKS.md.
 */
final class ChaosTest {
    @TempDir
    Path dir;

    @Test
    void everyJourneyEndsWithNothingLostUnderFailingCallsAndKills() throws Exception {
        ChaosRun.Setting setting = new ChaosRun.Setting(12, 3, 0.05, 14, Duration.ofMinutes(4));
        try (ChaosRun run = new ChaosRun(setting, dir)) {
            ChaosRun.Result r = run.run();
            // the figures go to target/tests.log: `mvn -q test` stays silent when all pass
            org.slf4j.LoggerFactory.getLogger(ChaosTest.class).info("chaos: {}", r);
            assertEquals(List.of(), r.problems(), () -> "faults " + r.faults() + "\n" + tail(run));
            assertEquals(3, r.restarts(), "the bot was killed and started again");
            assertTrue(r.faults().size() >= 3 && r.faults().values().stream().mapToInt(i -> i).sum() > 20,
                    "the server failed calls in several ways: " + r.faults());
            assertEquals("ok", r.integrity());
        }
    }

    private static String tail(ChaosRun run) {
        try {
            String log = run.log();
            return log.substring(Math.max(0, log.length() - 4_000));
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
