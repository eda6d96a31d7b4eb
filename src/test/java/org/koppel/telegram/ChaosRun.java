package org.koppel.telegram;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.koppel.app.DemoData;
import org.koppel.app.Koppel;

/**
 * Many journeys at once against Koppel running as its own process, while the fake Bot API fails
 * a share of all calls and the process is killed with SIGKILL at random moments and started
 * again on the same database. What must hold afterwards is checked by {@link #run} and returned
 * as problems: an empty list is a pass. ChaosTest runs a short setting in CI, ChaosBench a long
 * one by hand.
 */
final class ChaosRun implements AutoCloseable {
    /** How many journeys, how many kills, which share of calls fail, and the longest the run may take. */
    record Setting(int journeys, int kills, double faultRate, long seed, Duration limit) {
    }

    record Result(Setting setting, int restarts, Map<FakeFaults.Kind, Integer> faults, int sends, int duplicates,
            String integrity, double seconds, List<String> problems) {
    }

    /** The documented in-flight bound: messages sent but not yet marked sent when the process died. */
    static final int IN_FLIGHT = 4;
    static final long COORDINATOR = 5_000_000;
    private static final long FIRST_PERSON = 6_000_000;
    private static final long DEMO = 7_000_000;
    private static final String BROADCAST = "Chaos test news for the community";

    private final Setting setting;
    private final Path dir;
    private final FakeBotApi api;
    private final Path db;
    private final Path clockFile;
    private final Object botLock = new Object();
    private final AtomicInteger restarts = new AtomicInteger();
    private Process bot;

    ChaosRun(Setting setting, Path dir) throws Exception {
        this.setting = setting;
        this.dir = dir;
        this.api = new FakeBotApi();
        this.db = dir.resolve("k.db");
        this.clockFile = dir.resolve("clock-minutes");
    }

    FakeBotApi api() {
        return api;
    }

    Path clockFile() {
        return clockFile;
    }

    Result run() throws Exception {
        long start = System.nanoTime();
        Map<String, Long> demo = seed();
        api.faults(setting.faultRate(), setting.seed());
        startBot();
        ExecutorService people = Executors.newFixedThreadPool(setting.journeys() + 2);
        List<Future<String>> journeys = new ArrayList<>();
        ChaosChat joost = new ChaosChat(api, demo.get("Joost"), "Joost", "nl");
        for (int i = 0; i < setting.journeys(); i++) {
            ChaosJourney j = new ChaosJourney(api, db, FIRST_PERSON + i, i);
            // the first newcomer goes on to a coffee meeting with its reminders and follow-up
            journeys.add(people.submit(i > 0 ? j::run : () -> {
                String problem = j.run();
                return problem != null ? problem : ChaosMeeting.meet(api, j, joost, db, clockFile);
            }));
        }
        journeys.add(people.submit(() -> ChaosEvent.salon(new ChaosChat(api, COORDINATOR, "Coordinator", "en"),
                new ChaosChat(api, demo.get("Hana"), "Hana", "ar"), community(), db)));
        journeys.add(people.submit(() -> ChaosMeeting.broadcast(new ChaosChat(api, demo.get("Samira"), "Samira", "ar"),
                BROADCAST)));
        Thread killer = new Thread(this::kill, "chaos-killer");
        killer.start();
        List<String> problems = new ArrayList<>();
        long deadline = start + setting.limit().toNanos();
        for (int i = 0; i < journeys.size(); i++) {
            try {
                String problem = journeys.get(i).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (problem != null) {
                    problems.add("journey " + i + ": " + problem);
                }
            } catch (java.util.concurrent.TimeoutException e) {
                problems.add("journey " + i + " did not finish within " + setting.limit());
            } catch (java.util.concurrent.ExecutionException e) {
                problems.add("journey " + i + " failed: " + e.getCause());
            }
        }
        people.shutdownNow();
        killer.interrupt();
        killer.join();
        // what the last steps sent may still be on its way; then a clean stop
        Thread.sleep(2_000);
        stopBot();
        problems.addAll(ChaosChecks.afterwards(api, db, setting.journeys(), FIRST_PERSON));
        problems.addAll(ChaosChecks.crossing(api, db, FIRST_PERSON, demo.get("Joost"),
                List.of(demo.get("Amal"), demo.get("Yusuf"), demo.get("Hana")), BROADCAST, restarts.get()));
        int duplicates = ChaosChecks.duplicates(api);
        if (duplicates > IN_FLIGHT * restarts.get()) {
            problems.add(duplicates + " messages arrived twice, more than " + IN_FLIGHT + " per kill");
        }
        String integrity = integrity();
        if (!integrity.equals("ok")) {
            problems.add("integrity_check: " + integrity);
        }
        return new Result(setting, restarts.get(), api.faults().counts(), api.calls("sendmessage").size(), duplicates,
                integrity, (System.nanoTime() - start) / 1e9, problems);
    }

    /** Kills at random moments spread over the expected run, starting the bot again right after each. */
    private void kill() {
        SplittableRandom random = new SplittableRandom(setting.seed() * 31 + 7);
        try {
            for (int k = 0; k < setting.kills(); k++) {
                Thread.sleep(1_500 + random.nextInt(4_000));
                synchronized (botLock) {
                    BotProcess.kill(bot);
                    restarts.incrementAndGet();
                    startBot();
                }
            }
        } catch (Exception e) {
            // interrupted: the journeys are over
        }
    }

    /** The demo people (volunteers, a key person with a community of three), with only Joost taking requests. */
    private Map<String, Long> seed() throws Exception {
        Map<String, Long> ids = new java.util.HashMap<>();
        long next = DEMO;
        for (String name : DemoData.names()) {
            ids.put(name, next++);
        }
        try (Koppel k = Koppel.open(Path.of("config"), Path.of("messages"), db, java.time.Clock.systemUTC())) {
            k.db().write(c -> DemoData.seed(c, ids, COORDINATOR, System.currentTimeMillis()));
            k.db().write(c -> c.createStatement().executeUpdate("UPDATE volunteer_profile SET paused = 1 WHERE person_id <> "
                    + ids.get("Joost")));
        }
        return ids;
    }

    private long community() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet r = c.createStatement().executeQuery("SELECT id FROM community")) {
            r.next();
            return r.getLong(1);
        }
    }

    private void startBot() throws Exception {
        synchronized (botLock) {
            bot = BotProcess.start(api.url(), db, dir.resolve("bot.log"), Map.of("KOPPEL_CLOCK_FILE", clockFile.toString(),
                    "KOPPEL_COORDINATORS", Long.toString(COORDINATOR)));
        }
    }

    private void stopBot() throws InterruptedException {
        synchronized (botLock) {
            bot.destroy();
            if (!bot.waitFor(30, TimeUnit.SECONDS)) {
                BotProcess.kill(bot);
            }
        }
    }

    private String integrity() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet r = c.createStatement().executeQuery("PRAGMA integrity_check")) {
            return r.next() ? r.getString(1) : "no answer";
        }
    }

    /** The bot's log, for a failing run's message. */
    String log() throws java.io.IOException {
        Path log = dir.resolve("bot.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    @Override
    public void close() throws Exception {
        synchronized (botLock) {
            if (bot != null && bot.isAlive()) {
                BotProcess.kill(bot);
            }
        }
        api.close();
    }
}
