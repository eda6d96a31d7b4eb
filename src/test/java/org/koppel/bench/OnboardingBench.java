package org.koppel.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.Random;
import java.util.ArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.koppel.app.Koppel;
import org.koppel.core.Gateway;
import org.koppel.core.Inbound;
import org.koppel.core.Inbox;
import org.koppel.core.OutButton;
import org.koppel.core.Outgoing;
import org.koppel.core.Update;
import org.koppel.store.Database.Durability;

/**
 * 1,000 people onboard at once through the real engine and a SQLite file. Each person answers as
 * soon as the previous reply arrives; a reply is only handed to the gateway after its step is
 * committed. Measures updates per second and the time from an update entering the inbox to its
 * reply reaching the gateway. Run: mvn -q -Pbench test  (args: people, default 1000; then "normal,full" to
 * compare synchronous modes in one run, alternating pass by pass; the disk's own fsync time is printed before and after).
 */
public final class OnboardingBench {
    /** One person's scripted journey: what to send, and which reply lets them go on. */
    static final List<String[]> JOURNEY = List.of(
            new String[] {"say", "/start", "continue"}, new String[] {"press", "continue", "role:newcomer"},
            new String[] {"press", "role:newcomer", "yes"},
            new String[] {"press", "yes", "name:tg"}, new String[] {"say", "Sam", "p:nl-zh"},
            new String[] {"press", "p:nl-zh", "skip"}, new String[] {"say", "Den Haag", "t:ict"},
            new String[] {"press", "t:ict", "edit"}, new String[] {"press", "done", "skip"},
            new String[] {"say", "Developer", "p:gt10"}, new String[] {"press", "p:gt10", "done"},
            new String[] {"press", "done", "skip"}, new String[] {"press", "skip", "p:master"},
            new String[] {"press", "p:master", "p:b1"}, new String[] {"press", "p:b1", "t:ar"},
            new String[] {"press", "t:ar", "edit"}, new String[] {"press", "done", "t:job"},
            new String[] {"press", "t:job", "edit"}, new String[] {"press", "done", "t:weekend"},
            new String[] {"press", "t:weekend", "edit"}, new String[] {"press", "done", "p:either"},
            new String[] {"press", "p:either", "confirm"}, new String[] {"press", "confirm", "go"});

    private final int people;
    private final long[][] latencies;
    private final int[] step;
    private final long[] sentAt;
    private final long[] ref;
    private final List<List<OutButton>>[] keyboard;
    private final AtomicInteger keys = new AtomicInteger();
    private final ExecutorService clients = Executors.newFixedThreadPool(2);
    private final LinkedBlockingQueue<Update> polled = new LinkedBlockingQueue<>();
    private final CountDownLatch finished;
    private final int thinkMillis;
    private final Random random = new Random(42);
    private final ScheduledExecutorService thinking = Executors.newScheduledThreadPool(1);
    private Inbox inbox;

    @SuppressWarnings("unchecked")
    OnboardingBench(int people, int thinkMillis) {
        this.people = people;
        this.thinkMillis = thinkMillis;
        latencies = new long[people][JOURNEY.size()];
        step = new int[people];
        sentAt = new long[people];
        ref = new long[people];
        keyboard = new List[people];
        finished = new CountDownLatch(people);
    }

    public static void main(String[] args) throws Exception {
        String[] a = String.join(" ", args).strip().isEmpty() ? new String[0] : String.join(" ", args).strip().split("\\s+");
        int people = a.length > 0 ? Integer.parseInt(a[0]) : 1000;
        // "full" (as the bot runs), or "normal,full" to compare both in one run, alternating
        List<Durability> modes = a.length > 1 ? Arrays.stream(a[1].split(",")).map(m -> m.equalsIgnoreCase("normal")
                ? Durability.CRASH_SAFE : Durability.POWER_SAFE).toList() : List.of(Durability.POWER_SAFE);
        Path tmp = Files.createTempDirectory("koppel-bench");
        System.out.println(DiskSync.measure(tmp, 2000));
        // Warm the JIT, then: everyone answering the instant a reply arrives (the most the engine
        // can do), and people who take a moment to read, at two offered loads.
        bench(people, 0, "warm-up", modes.get(0));
        bench(people, 0, "warm-up", modes.get(modes.size() - 1));
        int[] thinks = System.getProperty("bench.thinks") == null ? new int[] {0, 0, 0, 400, 400, 400, 200, 200, 200}
                : Arrays.stream(System.getProperty("bench.thinks").split(",")).mapToInt(Integer::parseInt).toArray();
        for (int think : thinks) {
            for (Durability mode : modes) {
                bench(people, think, (think == 0 ? "no thinking" : "think ~" + think + " ms")
                        + (modes.size() > 1 ? " " + name(mode) : ""), mode);
            }
        }
        System.out.println(DiskSync.measure(tmp, 2000));
    }

    private static String name(Durability mode) {
        return mode == Durability.POWER_SAFE ? "FULL" : "NORMAL";
    }

    private static void bench(int people, int thinkMillis, String label, Durability mode) throws Exception {
        Path dir = Files.createTempDirectory("koppel-bench");
        new OnboardingBench(people, thinkMillis).run(dir.resolve("koppel.db"), label, mode);
    }

    void run(Path db, String label, Durability mode) throws InterruptedException {
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
        try (Koppel koppel = Koppel.open(Path.of("config"), Path.of("messages"), db, clock, mode)) {
            inbox = koppel.start(gateway(), millis -> { }, java.util.Set.of());
            Thread poller = new Thread(this::poll, "bench-poller");
            poller.setDaemon(true);
            poller.start();
            long start = System.nanoTime();
            for (int p = 0; p < people; p++) {
                int person = p;
                thinking.schedule(() -> next(person), thinkMillis == 0 ? 0 : think(), TimeUnit.MILLISECONDS);
            }
            finished.await();
            long wall = System.nanoTime() - start;
            report(label, wall);
        } finally {
            clients.shutdownNow();
            thinking.shutdownNow();
        }
    }

    private Gateway gateway() {
        return (chat, m, outboxId) -> {
            int p = (int) chat - 1;
            long now = System.nanoTime();
            String expect = JOURNEY.get(step[p])[2];
            boolean done;
            if (m instanceof Outgoing.Send s && !s.buttons().isEmpty()) {
                ref[p] = outboxId;
                keyboard[p] = s.buttons();
                done = s.buttons().stream().flatMap(List::stream).anyMatch(b -> action(b.data()).equals(expect));
            } else if (m instanceof Outgoing.Edit e) {
                keyboard[p] = e.buttons();
                done = expect.equals("edit");
            } else {
                done = false;
            }
            if (done) {
                latencies[p][step[p]] = now - sentAt[p];
                step[p]++;
                if (step[p] == JOURNEY.size()) {
                    finished.countDown();
                } else if (thinkMillis == 0) {
                    clients.execute(() -> next(p));
                } else {
                    thinking.schedule(() -> next(p), think(), TimeUnit.MILLISECONDS);
                }
            }
            return m instanceof Outgoing.Send ? outboxId : 0;
        };
    }

    /** Uniform between half and one and a half times the mean: people don't answer in lockstep. */
    private synchronized long think() {
        return thinkMillis / 2 + random.nextInt(thinkMillis + 1);
    }

    private void next(int p) {
        String[] s = JOURNEY.get(step[p]);
        long id = p + 1;
        Inbound event = s[0].equals("say") ? Update.typed(s[1]) : new Inbound.Press(data(p, s[1]), "q", ref[p]);
        sentAt[p] = System.nanoTime();
        polled.add(new Update("b" + keys.incrementAndGet(), id, id, true, "Sam", "en", event));
    }

    /** Hands updates to the inbox in batches of up to 100, as one long poll of Telegram does. */
    private void poll() {
        List<Update> batch = new ArrayList<>();
        while (true) {
            try {
                batch.add(polled.take());
            } catch (InterruptedException e) {
                return;
            }
            polled.drainTo(batch, 99);
            inbox.accept(List.copyOf(batch));
            batch.clear();
        }
    }

    private String data(int p, String action) {
        return keyboard[p].stream().flatMap(List::stream).map(OutButton::data)
                .filter(d -> action(d).equals(action)).findFirst()
                .orElseThrow(() -> new IllegalStateException("person " + p + " has no button " + action));
    }

    private void report(String label, long wallNanos) {
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        double seconds = wallNanos / 1e9;
        System.out.printf("%-16s %d people, %d updates in %5.2f s = %5.0f updates/s; latency p50 %7.2f ms, p99 %7.2f ms, max %7.2f ms%n",
                label + ":", people, all.length, seconds, all.length / seconds, all[all.length / 2] / 1e6,
                all[(int) (all.length * 0.99)] / 1e6, all[all.length - 1] / 1e6);
    }

    /** The action in signed button data ("conversation|seq|action|mac"). */
    private static String action(String data) {
        String[] parts = data.split("\\|");
        return parts[parts.length - 2];
    }
}
