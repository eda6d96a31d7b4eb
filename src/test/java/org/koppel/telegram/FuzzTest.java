package org.koppel.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.koppel.app.Koppel;
import org.koppel.core.Inbox;
import org.koppel.core.MutableClock;
import org.koppel.core.Update;

/**
 * 100,000 generated Bot API updates of every kind through the edge's reading and the running
 * engine on a real SQLite file: nothing crashes, nobody is shown the internal-error apology, a
 * button copied from another person's chat is refused without any change of state, and no name
 * or text anyone sent reaches the log. Set -Dkoppel.fuzz.updates for a longer run.
 */
final class FuzzTest {
    private static final int UPDATES = Integer.getInteger("koppel.fuzz.updates", 100_000);
    private static final int BATCH = 200;
    private static final long COORDINATOR = 10_000;
    private static final int PEOPLE = 300;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> STATE = List.of("conversation ORDER BY person_id, key", "meeting ORDER BY id",
            "membership ORDER BY community_id, person_id", "event_guest ORDER BY event_id, person_id",
            "newcomer_profile ORDER BY person_id", "volunteer_profile ORDER BY person_id");
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void updatesOfEveryKindCrashNothingShowNoErrorObeyNoForeignButtonAndLeaveNoTextInTheLog() throws Exception {
        Path log = Path.of("target", "tests.log");
        long logFrom = Files.exists(log) ? Files.size(log) : 0;
        FuzzUpdates gen = new FuzzUpdates(20261203L);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            names.add(gen.marker());
        }
        int unreadable = 0;
        int probes = 0;
        try (Koppel koppel = Koppel.open(Path.of("config"), Path.of("messages"), dir.resolve("k.db"), clock)) {
            Set<String> apologies = new HashSet<>();
            Set<String> unknown = new HashSet<>();
            for (String language : koppel.messages().languages()) {
                apologies.add(koppel.messages().of(language).t("error.internal"));
                unknown.add(koppel.messages().of(language).t("callback.unknown"));
            }
            FuzzGateway out = new FuzzGateway(apologies);
            Inbox inbox = koppel.start(out, ms -> { }, Set.of(COORDINATOR));
            var random = gen.random();
            for (int sent = 0; sent < UPDATES; sent += BATCH) {
                List<Update> batch = new ArrayList<>();
                for (int j = 0; j < BATCH; j++) {
                    int who = random.nextInt(PEOPLE + 1);
                    long user = who == PEOPLE ? COORDINATOR : 10_001 + who;
                    String press = random.nextInt(3) == 0 ? out.button(user) : null;
                    var json = gen.next(user, who == PEOPLE ? "Coordinator" : names.get(who), press);
                    org.telegram.telegrambots.meta.api.objects.Update u;
                    try {
                        u = JSON.treeToValue(json, org.telegram.telegrambots.meta.api.objects.Update.class);
                    } catch (Exception e) {
                        // the edge empties such an update (UnreadableUpdates); here it is simply not sent
                        unreadable++;
                        continue;
                    }
                    UpdateMapper.map(u).ifPresent(batch::add);
                }
                inbox.accept(batch);
                koppel.settle();
                probes += probe(koppel, inbox, out, gen, unknown) ? 1 : 0;
            }
            koppel.settle();
            assertEquals(List.of(), out.apologised(), "the internal-error apology was shown");
            assertTrue(out.delivered() > UPDATES / 4, "the bot answered: " + out.delivered());
        }
        assertTrue(probes > UPDATES / BATCH / 2, "foreign presses tried: " + probes);
        String written = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).substring((int) Math.min(logFrom,
                Files.size(log)));
        assertTrue(written.lines().noneMatch(l -> l.contains(FuzzUpdates.MARK)),
                "a name or text in the log: " + written.lines().filter(l -> l.contains(FuzzUpdates.MARK)).findFirst());
        assertTrue(written.lines().noneMatch(l -> l.contains(" ERROR ")),
                "errors logged: " + written.lines().filter(l -> l.contains(" ERROR ")).findFirst());
        org.slf4j.LoggerFactory.getLogger(FuzzTest.class).info("fuzz: " + UPDATES + " generated, " + unreadable + " unreadable by the library, "
                + probes + " foreign presses");
    }

    /** One person presses a button from another's chat: refused, and nothing anywhere changes. */
    private static boolean probe(Koppel koppel, Inbox inbox, FuzzGateway out, FuzzUpdates gen, Set<String> unknown)
            throws Exception {
        var random = gen.random();
        long owner = 10_001 + random.nextInt(PEOPLE);
        long presser = 10_001 + random.nextInt(PEOPLE);
        String data = out.button(owner);
        if (owner == presser || data == null || !out.known(presser)) {
            return false;
        }
        String before = snapshot(koppel);
        var json = gen.next(presser, "x", data);
        String pressId = json.path("callback_query").path("id").asText();
        UpdateMapper.map(JSON.treeToValue(json, org.telegram.telegrambots.meta.api.objects.Update.class))
                .ifPresent(u -> inbox.accept(List.of(u)));
        koppel.settle();
        assertEquals(before, snapshot(koppel), "a foreign button changed something");
        String answer = out.answer(pressId);
        assertTrue(answer != null && unknown.stream().anyMatch(answer::contains), "a foreign button was answered with: " + answer);
        return true;
    }

    private static String snapshot(Koppel koppel) {
        return koppel.db().read(c -> {
            StringBuilder b = new StringBuilder();
            for (String table : STATE) {
                try (var r = c.createStatement().executeQuery("SELECT * FROM " + table)) {
                    int columns = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        for (int i = 1; i <= columns; i++) {
                            b.append(r.getString(i)).append('|');
                        }
                        b.append('\n');
                    }
                }
            }
            return b.toString();
        });
    }
}
