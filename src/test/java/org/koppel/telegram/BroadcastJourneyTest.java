package org.koppel.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.koppel.app.Koppel;
import org.koppel.broadcast.Broadcaster;

/**
 * A key person's broadcast to 500 members over HTTP, against a fake Bot API that enforces
 * Telegram's limits and refuses some sends (403 blocked, 502, an injected 429): every reachable
 * member gets exactly one copy, the limits hold, the receipt matches what the server took in;
 * and a kill -9 half-way followed by a restart completes it.
 */
final class BroadcastJourneyTest {
    static final long KEY_PERSON = 9_000;
    static final long FIRST_MEMBER = 10_000;
    static final int MEMBERS = 500;
    static final String TEXT = "Community dinner on Saturday at 18:00 in the Oosterkerk.";
    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    /** A community in Arabic with a key person and 500 members, as if they had joined by link. */
    static void seed(Path db) throws Exception {
        seed(db, MEMBERS);
    }

    static void seed(Path db, int members) throws Exception {
        Koppel.open(Path.of("config"), Path.of("messages"), db, Clock.systemUTC()).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.setAutoCommit(false);
            c.createStatement().executeUpdate("INSERT INTO community(id, name, language, join_token, created_at) "
                    + "VALUES (1, 'Syrian community Utrecht', 'ar', 'syr', 0)");
            // they joined just now: long-silent people would first get the retention notice
            try (PreparedStatement p = c.prepareStatement("INSERT INTO person(id, language, created_at) "
                    + "VALUES (?, ?, CAST(unixepoch('subsec') * 1000 AS INTEGER))");
                 PreparedStatement m = c.prepareStatement("INSERT INTO membership(community_id, person_id, role, joined_at) "
                         + "VALUES (1, ?, ?, 0)")) {
                for (long id = FIRST_MEMBER - 1; id < FIRST_MEMBER + members; id++) {
                    long person = id < FIRST_MEMBER ? KEY_PERSON : id;
                    p.setLong(1, person);
                    p.setString(2, person == KEY_PERSON ? "en" : "ar");
                    p.executeUpdate();
                    m.setLong(1, person);
                    m.setString(2, person == KEY_PERSON ? "key_person" : "member");
                    m.executeUpdate();
                }
            }
            // the key person has talked with the bot before; the members only joined
            c.createStatement().executeUpdate("INSERT INTO conversation(person_id, key, kind, state, data, data_version, "
                    + "seq, asked, updated_at) VALUES (" + KEY_PERSON + ", 'start', 'start', 'ROLE', '{}', 1, 0, 0, 0)");
            c.commit();
        }
    }

    /** The key person writes and confirms a broadcast over HTTP. */
    static void broadcast(FakeBotApi api) throws InterruptedException {
        broadcast(api, MEMBERS);
    }

    static void broadcast(FakeBotApi api, int members) throws InterruptedException {
        int before = api.calls("sendmessage").size();
        api.userSends(KEY_PERSON, "Samira", "en", "/broadcast");
        BotCall write = api.await("sendmessage", before, c -> c.chatId() == KEY_PERSON, WAIT);
        assertTrue(write.text().contains(Integer.toString(members)), write.text());
        before = api.calls("sendmessage").size();
        api.userSends(KEY_PERSON, "Samira", "en", TEXT);
        BotCall confirm = api.await("sendmessage", before, c -> c.chatId() == KEY_PERSON
                && c.actions().contains("send"), WAIT);
        api.userPresses(KEY_PERSON, "Samira", "en", confirm, "send");
    }

    /** The status message turned into the receipt: an edit, not a second message. */
    static BotCall receipt(FakeBotApi api) throws InterruptedException {
        return api.await("editmessagetext", 0, c -> c.chatId() == KEY_PERSON && c.text().contains("✅"), WAIT);
    }

    /** Copies of the broadcast each member's chat accepted. */
    static Map<Long, Integer> copies(FakeBotApi api) {
        Map<Long, Integer> out = new HashMap<>();
        for (BotCall c : api.calls("sendmessage")) {
            if (c.chatId() >= FIRST_MEMBER && c.text().contains(TEXT)) {
                out.merge(c.chatId(), 1, Integer::sum);
            }
        }
        return out;
    }

    @Test
    void fiveHundredMembersGetOneCopyEachWithinTheLimitsAndTheReceiptMatches() throws Exception {
        Path db = dir.resolve("k.db");
        seed(db);
        Set<Long> blocked = Set.of(FIRST_MEMBER + 3, FIRST_MEMBER + 250, FIRST_MEMBER + 499);
        try (FakeBotApi api = new FakeBotApi()) {
            api.limits(30, true);
            blocked.forEach(api::block);
            api.failNext(FIRST_MEMBER + 10, 2);
            api.throttleNext(FIRST_MEMBER + 20);
            Koppel koppel = Koppel.open(Path.of("config"), Path.of("messages"), db, Clock.systemUTC());
            TelegramBot bot = TelegramBot.start(koppel, "123:test", api.url(), Set.of());
            try {
                broadcast(api);
                // someone chatting meanwhile is answered at once, not after 500 copies
                api.await("sendmessage", 0, c -> c.chatId() >= FIRST_MEMBER && c.text().contains(TEXT), WAIT);
                int before = api.calls("sendmessage").size();
                api.userSends(FIRST_MEMBER + 7, "Omar", "ar", "/help");
                api.await("sendmessage", before, c -> c.chatId() == FIRST_MEMBER + 7 && !c.text().contains(TEXT), WAIT);
                assertTrue(copies(api).size() < MEMBERS / 2, "the reply came while the broadcast was going out: "
                        + copies(api).size());
                BotCall receipt = receipt(api);
                Map<Long, Integer> copies = copies(api);
                assertEquals(MEMBERS - blocked.size(), copies.size(), "every reachable member");
                assertTrue(copies.values().stream().allMatch(n -> n == 1), "exactly one copy each");
                assertTrue(copies.keySet().stream().noneMatch(blocked::contains));
                assertTrue(receipt.text().contains("497") && receipt.text().contains(": 3"), receipt.text());
                BotCall copy = api.calls("sendmessage").stream()
                        .filter(c -> c.chatId() >= FIRST_MEMBER && c.text().contains(TEXT)).findFirst().orElseThrow();
                assertTrue(copy.text().startsWith("\u200F") && copy.actions().get(0).equals("leave"),
                        "in the community's Arabic, with a Leave button");
                List<FakeLimits.Refusal> overLimit = api.refusals().stream()
                        .filter(r -> r.code() == 429 && r.chatId() != FIRST_MEMBER + 20).toList();
                assertEquals(List.of(), overLimit, "the bot never went over the server's limits: " + api.calls("sendmessage")
                        .stream().filter(c -> c.chatId() == KEY_PERSON).map(BotCall::text).toList());
                assertEquals(2, api.refusals().stream().filter(r -> r.code() == 502).count(), "5xx retried");
                try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
                    var r = c.createStatement().executeQuery("SELECT COUNT(*) FROM membership WHERE status = 'unreachable'");
                    r.next();
                    assertEquals(3, r.getInt(1), "blocked members are not written to again");
                }
            } finally {
                bot.close();
                koppel.close();
            }
        }
    }

    @Test
    void aKillHalfWayAndARestartCompleteTheBroadcast() throws Exception {
        Path db = dir.resolve("k.db");
        Path log = dir.resolve("bot.log");
        seed(db);
        try (FakeBotApi api = new FakeBotApi()) {
            api.limits(30, true);
            Process bot = BotProcess.start(api.url(), db, log);
            try {
                broadcast(api);
                long deadline = System.nanoTime() + WAIT.toNanos();
                while (copies(api).size() < MEMBERS / 2 && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                BotProcess.kill(bot);
                int atKill = copies(api).size();
                assertTrue(atKill >= MEMBERS / 2 && atKill < MEMBERS, "killed half-way: " + atKill);
                bot = BotProcess.start(api.url(), db, log);
                receipt(api);
            } finally {
                BotProcess.kill(bot);
            }
            Map<Long, Integer> copies = copies(api);
            assertEquals(MEMBERS, copies.size(), "no member missing");
            long twice = copies.values().stream().filter(n -> n > 1).count();
            assertTrue(twice <= Broadcaster.IN_FLIGHT, "only messages in flight at the kill may come twice: " + twice);
        }
        assertTrue(!Files.readString(log).contains(TEXT), "the log holds no message text");
    }
}
