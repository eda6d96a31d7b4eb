package org.koppel.telegram;

import java.nio.file.Files;
import java.time.Duration;

/**
 * The long chaos setting, by hand: at least 50 journeys and 20 kills at 5% failing calls.
 * Run: mvn -q -Pbench test -Dbench.class=org.koppel.telegram.ChaosBench [-Dbench.args="50 20 0.05 1"]
 * (journeys, kills, share of failing calls, seed). Prints the figures BENCHMARKS.md quotes;
 * -Dchaos.verbose=true (run the class with java directly) also names each message that came twice.
 */
public final class ChaosBench {
    private ChaosBench() {
    }

    public static void main(String[] args) throws Exception {
        String joined = String.join(" ", args).strip();
        String[] a = joined.isEmpty() ? new String[0] : joined.split("\\s+");
        int journeys = a.length > 0 ? Integer.parseInt(a[0]) : 50;
        int kills = a.length > 1 ? Integer.parseInt(a[1]) : 20;
        double rate = a.length > 2 ? Double.parseDouble(a[2]) : 0.05;
        long seed = a.length > 3 ? Long.parseLong(a[3]) : 1;
        ChaosRun.Result r;
        try (ChaosRun run = new ChaosRun(new ChaosRun.Setting(journeys, kills, rate, seed, Duration.ofMinutes(20)),
                Files.createTempDirectory("koppel-chaos"))) {
            r = run.run();
        }
        System.out.printf("journeys %d, kills %d, failing share %.0f%%, seed %d: %.1f s%n", journeys, r.restarts(),
                rate * 100, seed, r.seconds());
        System.out.println("faults served: " + r.faults());
        System.out.printf("messages sent %d, arrived twice %d (bound %d per kill), integrity_check %s%n", r.sends(),
                r.duplicates(), ChaosRun.IN_FLIGHT, r.integrity());
        System.out.println(r.problems().isEmpty() ? "PASS: every journey complete, nothing lost" : "FAIL: " + r.problems());
        System.exit(r.problems().isEmpty() ? 0 : 1);
    }
}
