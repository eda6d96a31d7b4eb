package org.koppel.telegram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The bot's footprint as its own process: 100,000 stored people (community members) in the
 * database, then 1,000 people onboarding at once over HTTP against the fake Bot API. Measures
 * start-up to the first poll (from starting the JVM), resident memory (peak and at the end, from
 * /proc) and the heap after a full GC (jcmd), with the -Xmx given.
 * Run: mvn -q -Pbench test -Dbench.class=org.koppel.telegram.FootprintBench [-Dbench.args="100000 1000 256m [JVM options]"]
 */
public final class FootprintBench {
    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final long FIRST = 30_000_000L;

    private FootprintBench() {
    }

    public static void main(String[] args) throws Exception {
        String[] a = args.length > 0 && !String.join("", args).isBlank() ? String.join(" ", args).strip().split("\\s+")
                : new String[0];
        String java = ProcessHandle.current().info().command().orElse("java");
        int people = a.length > 0 ? Integer.parseInt(a[0]) : 100_000;
        int active = a.length > 1 ? Integer.parseInt(a[1]) : 1_000;
        String xmx = a.length > 2 ? a[2] : "256m";
        // anything after the heap size goes to the bot's JVM as it is (e.g. -XX:SharedArchiveFile=...)
        List<String> jvm = new ArrayList<>(List.of(java, "-Xmx" + xmx, "-Dorg.slf4j.simpleLogger.showDateTime=true"));
        jvm.addAll(List.of(a).subList(Math.min(3, a.length), a.length));
        Path dir = Files.createTempDirectory("koppel-footprint");
        Path db = dir.resolve("k.db");
        BroadcastJourneyTest.seed(db, people);
        try (FakeBotApi api = new FakeBotApi()) {
                // as the README runs it: the packaged jar (mvn -q package -DskipTests first), else the test classpath
            Path jar = Path.of("target", "koppel.jar");
            jvm.addAll(Files.exists(jar) ? List.of("-jar", jar.toString())
                    : List.of("-cp", System.getProperty("java.class.path"), "org.koppel.Main"));
            ProcessBuilder pb = new ProcessBuilder(jvm);
            System.out.println("bot started with " + (Files.exists(jar) ? jar : "the test classpath"));
            pb.environment().putAll(Map.of("KOPPEL_TELEGRAM_TOKEN", "123456:BENCH", "KOPPEL_TELEGRAM_API_URL", api.url(),
                    "KOPPEL_DB", db.toString()));
            pb.redirectErrorStream(true);
            pb.redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("bot.log").toFile()));
            long started = System.nanoTime();
            Process bot = pb.start();
            try {
                while (api.firstPoll() == 0) {
                    Thread.sleep(5);
                }
                double startup = (api.firstPoll() - started) / 1e9;
                long peak = 0;
                List<Long> users = new ArrayList<>();
                for (int i = 0; i < active; i++) {
                    users.add(FIRST + i);
                }
                long loadStart = System.nanoTime();
                wave(api, users, u -> api.userSends(u, "Amira", "en", "/start"));
                peak = Math.max(peak, rss(bot.pid(), "VmRSS"));
                for (String action : List.of("continue", "role:newcomer", "yes")) {
                    wave(api, users, u -> api.userPresses(u, "Amira", "en", last(api, u), action));
                    peak = Math.max(peak, rss(bot.pid(), "VmRSS"));
                }
                wave(api, users, u -> api.userSends(u, "Amira", "en", "Amira"));
                double load = (System.nanoTime() - loadStart) / 1e9;
                long hwm = rss(bot.pid(), "VmHWM");
                long end = rss(bot.pid(), "VmRSS");
                String heap = jcmd(bot.pid(), "GC.run") + jcmd(bot.pid(), "GC.heap_info");
                System.out.printf("stored people %,d; active %,d (5 steps each, %,d updates in %.1f s)%n", people, active,
                        active * 5, load);
                System.out.printf("start-up to first poll: %.2f s%n", startup);
                System.out.println("bot log: " + Files.readAllLines(dir.resolve("bot.log")).stream().filter(l -> l.contains("after the JVM started")).findFirst().orElse("?"));
                System.out.printf("resident memory: peak %d MB (VmHWM), at the end %d MB, sampled max %d MB; -Xmx%s%n",
                        hwm / 1024, end / 1024, peak / 1024, xmx);
                // G1 prints one heap line, the serial collector one per generation: all of them
                System.out.println("heap after a full GC: " + String.join("; ", heap.lines()
                        .filter(l -> l.contains("used")).map(String::strip).toList()));
            } finally {
                // a clean stop, so -XX:ArchiveClassesAtExit can write its archive
                bot.destroy();
                if (!bot.waitFor(30, TimeUnit.SECONDS)) {
                    bot.destroyForcibly();
                }
            }
        }
        // the fake server's pool threads would keep this JVM waiting for a minute
        System.exit(0);
    }

    /** Every user does one step; returns when each has had a new message. */
    private static void wave(FakeBotApi api, List<Long> users, Step step) throws Exception {
        Map<Long, Long> before = counts(api);
        for (long u : users) {
            step.on(u);
        }
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            Map<Long, Long> now = counts(api);
            if (users.stream().allMatch(u -> now.getOrDefault(u, 0L) > before.getOrDefault(u, 0L))) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not every user was answered within " + WAIT);
            }
            Thread.sleep(50);
        }
    }

    private static Map<Long, Long> counts(FakeBotApi api) {
        return api.calls("sendmessage").stream().collect(java.util.stream.Collectors.groupingBy(BotCall::chatId,
                java.util.stream.Collectors.counting()));
    }

    /** The newest message to the user that carries a button (the question to answer). */
    private static BotCall last(FakeBotApi api, long user) {
        List<BotCall> mine = api.calls("sendmessage").stream().filter(c -> c.chatId() == user
                && c.body().path("reply_markup").path("inline_keyboard").size() > 0).toList();
        return mine.get(mine.size() - 1);
    }

    private static long rss(long pid, String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    private static String jcmd(long pid, String command) throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return out;
    }

    @FunctionalInterface
    private interface Step {
        void on(long user) throws Exception;
    }
}
