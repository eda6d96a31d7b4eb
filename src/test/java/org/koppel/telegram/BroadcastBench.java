package org.koppel.telegram;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import org.koppel.app.Koppel;

/**
 * A broadcast to 10,000 members over HTTP against the fake Bot API enforcing 30 sends a second
 * (and Telegram's per-chat bursts): achieved rate against the configured limit, 429s, and the
 * JVM's CPU and heap while it runs (bot and fake server share the JVM, so both are counted).
 * Run: mvn -q -Pbench test -Dbench.class=org.koppel.telegram.BroadcastBench [-Dbench.args=2000]
 */
public final class BroadcastBench {
    private BroadcastBench() {
    }

    public static void main(String[] args) throws Exception {
        int members = args.length > 0 && !args[0].isBlank() ? Integer.parseInt(args[0].strip()) : 10_000;
        Path dir = Files.createTempDirectory("koppel-bench");
        Path db = dir.resolve("k.db");
        BroadcastJourneyTest.seed(db, members);
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        try (FakeBotApi api = new FakeBotApi()) {
            api.limits(30, true);
            Koppel koppel = Koppel.open(Path.of("config"), Path.of("messages"), db, Clock.systemUTC());
            TelegramBot bot = TelegramBot.start(koppel, "123:bench", api.url(), Set.of());
            double limit = koppel.config().settings().broadcastPerSecond();
            BroadcastJourneyTest.broadcast(api, members);
            long first = 0;
            long cpuStart = 0;
            long maxHeap = 0;
            int seen = 0;
            while (seen < members) {
                Thread.sleep(200);
                seen = BroadcastJourneyTest.copies(api).size();
                if (first == 0 && seen > 0) {
                    first = System.nanoTime();
                    cpuStart = os.getProcessCpuTime();
                }
                maxHeap = Math.max(maxHeap, memory.getHeapMemoryUsage().getUsed());
            }
            long last = System.nanoTime();
            double seconds = (last - first) / 1e9;
            double rate = (members - 1) / seconds;
            double cpu = (os.getProcessCpuTime() - cpuStart) / 1e9 / seconds;
            long tooMany = api.refusals().stream().filter(r -> r.code() == 429).count();
            System.out.printf("members %d, configured %.0f/s, server limit 30/s%n", members, limit);
            System.out.printf("sent in %.1f s: %.2f/s, ratio to configured limit %.3f%n", seconds, rate, rate / limit);
            System.out.printf("429s: %d%n", tooMany);
            System.out.printf("CPU: %.1f%% of one core on average; heap used at most %d MB (max heap %d MB)%n",
                    cpu * 100, maxHeap >> 20, Runtime.getRuntime().maxMemory() >> 20);
            bot.close();
            koppel.close();
        }
        // the polling library's threads may outlive close by a poll; the numbers are out
        System.exit(0);
    }
}
