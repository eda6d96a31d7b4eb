package org.koppel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing goes out about someone erased, even what was already on its way when they were. */
final class ErasedDeliveryTest {
    private static final long AMIRA = 501;
    private static final long BASHIR = 502;
    private static final long VOL = 7_654_321_987L;

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));

    /** Holds back deliveries that match until released (a slow or rate-limited chat). */
    static final class Holding implements Gateway {
        final Gateway inner;
        final BiPredicate<Long, Outgoing> which;
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicInteger held = new AtomicInteger();
        volatile boolean on;

        Holding(Gateway inner, BiPredicate<Long, Outgoing> which) {
            this.inner = inner;
            this.which = which;
        }

        @Override
        public long deliver(long chatId, Outgoing message, long outboxId) throws DeliveryException {
            if (on && which.test(chatId, message)) {
                held.incrementAndGet();
                try {
                    release.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return inner.deliver(chatId, message, outboxId);
        }
    }

    static String text(Outgoing m) {
        return m instanceof Outgoing.Send s ? s.text() : m instanceof Outgoing.Photo p ? p.caption() : "";
    }

    static void until(java.util.function.BooleanSupplier done) throws InterruptedException {
        for (int i = 0; i < 400 && !done.getAsBoolean(); i++) {
            Thread.sleep(25);
        }
    }

    /** a member erased while a broadcast batch is going out still gets the copy (no check before sending). */
    @Test
    void aMemberErasedDuringABroadcastBatchGetsNoCopy() throws Exception {
        Holding[] gate = new Holding[1];
        long[] members = {711, 712, 713, 714, 715, 716};
        try (TestBot bot = new TestBot(dir.resolve("k.db"), clock, g -> gate[0] = new Holding(g,
                (chat, m) -> chat >= 711 && chat <= 716 && text(m).contains("LIGHTHOUSE")))) {
            String join = CommunityTest.links(bot)[0];
            for (long m : members) {
                bot.send(m, "/start " + join);
                bot.tap(m, "community:", "join");
            }
            bot.send(TestBot.COORDINATOR, "/broadcast");
            bot.send(TestBot.COORDINATOR, "LIGHTHOUSE meeting on Friday");
            gate[0].on = true;
            bot.press(TestBot.COORDINATOR, "send");
            until(() -> gate[0].held.get() == 4);
            assertEquals(4, gate[0].held.get(), "four copies in flight, the rest of the batch waiting");
            bot.send(716, "/delete");
            bot.press(716, "yes");
            assertEquals("0", bot.one("SELECT COUNT(*) FROM person WHERE id = 716"));
            int before = bot.out.to(716).size();
            gate[0].release.countDown();
            bot.koppel.broadcastsDone();
            List<String> after = bot.out.to(716).subList(before, bot.out.to(716).size()).stream()
                    .map(d -> text(d.message())).toList();
            assertEquals(List.of(), after, "sent to 716 after they were erased");
        }
    }

    /**
     * replies already queued in memory for a chat (behind a slow or rate-limited send) are sent
     * even though the erasure deleted their outbox rows: the erased sender's words still arrive.
     */
    @Test
    void messagesQueuedAboutSomeoneErasedAreNotSent() throws Exception {
        Holding[] gate = new Holding[1];
        try (TestBot bot = new TestBot(dir.resolve("k.db"), clock, g -> gate[0] = new Holding(g,
                (chat, m) -> chat == AMIRA && text(m).contains("first note")))) {
            People.approvedVolunteer(bot, VOL, "Joost");
            People.newcomer(bot, AMIRA, "Amira");
            MeetingPlanTest.accepted(bot, AMIRA, VOL);
            bot.send(VOL, "/message");
            gate[0].on = true;
            bot.inbox.accept(List.of(TestBot.update(VOL, "nl", Update.typed("first note"))));
            until(() -> gate[0].held.get() == 1);
            clock.set(Instant.parse("2026-11-23T10:00:05Z"));
            bot.inbox.accept(List.of(TestBot.update(VOL, "nl", Update.typed("/message"))));
            bot.inbox.accept(List.of(TestBot.update(VOL, "nl", Update.typed("PRIVATE address Keizersgracht 1"))));
            until(() -> bot.one("SELECT COUNT(*) FROM relay").equals("2"));
            bot.inbox.accept(List.of(TestBot.update(VOL, "nl", Update.typed("/delete"))));
            until(() -> bot.out.textsTo(VOL).contains(bot.t("nl", "delete.confirm")));
            RecordingGateway.Delivered confirm = bot.out.keyboard(VOL);
            bot.inbox.accept(List.of(TestBot.update(VOL, "nl",
                    new Inbound.Press(TestBot.data(confirm, "yes"), "bye", confirm.ref()))));
            until(() -> bot.one("SELECT COUNT(*) FROM person WHERE id = " + VOL).equals("0"));
            assertEquals("0", bot.one("SELECT COUNT(*) FROM outbox WHERE payload LIKE '%Keizersgracht%'"),
                    "the stored copy is erased");
            gate[0].release.countDown();
            bot.koppel.settle();
            assertEquals(List.of(), bot.out.textsTo(AMIRA).stream().filter(t -> t.contains("Keizersgracht")).toList(),
                    "the erased volunteer's words reached Amira after the erasure");
        }
    }

    /** Outbox rows whose stored payload still contains the word. */
    static List<String> outboxWith(TestBot bot, String word) {
        return bot.koppel.db().read(c -> {
            List<String> out = new ArrayList<>();
            try (var s = c.prepareStatement("SELECT id, chat_id, payload FROM outbox WHERE payload LIKE ?")) {
                s.setString(1, "%" + word + "%");
                try (var r = s.executeQuery()) {
                    while (r.next()) {
                        String p = r.getString(3);
                        out.add("outbox " + r.getLong(1) + " to " + r.getLong(2) + ": "
                                + p.substring(0, Math.min(160, p.length())));
                    }
                }
            }
            return out;
        });
    }

    private static String last(List<String> texts) {
        return texts.get(texts.size() - 1);
    }

    /** the "who do you want to write to" buttons carry partners' names but are not tagged with them. */
    @Test
    void theWhomToWriteToButtonsGoWithAPartnerWhoIsErased() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"), clock)) {
            People.approvedVolunteer(bot, VOL, "Joost");
            People.newcomer(bot, AMIRA, "Amira");
            People.newcomer(bot, BASHIR, "Zephyrine");
            MeetingPlanTest.accepted(bot, AMIRA, VOL);
            MeetingPlanTest.accepted(bot, BASHIR, VOL);
            bot.send(VOL, "/message");
            assertTrue(bot.out.textsTo(VOL).contains(bot.t("nl", "relay.to_whom")));
            bot.send(BASHIR, "/delete");
            bot.press(BASHIR, "yes");
            assertEquals(List.of(), outboxWith(bot, "Zephyrine"), "an erased newcomer's first name stays kept");
        }
    }

    /** the /mydata file names the other side of each meeting but is not tagged with them. */
    @Test
    void aMyDataFileNamingSomeoneGoesWhenTheyAreErased() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"), clock)) {
            People.approvedVolunteer(bot, VOL, "Quintavius");
            People.newcomer(bot, AMIRA, "Amira");
            MeetingPlanTest.confirmed(bot, AMIRA, VOL);
            bot.send(AMIRA, "/mydata");
            bot.send(VOL, "/delete");
            bot.press(VOL, "yes");
            assertEquals(List.of(), outboxWith(bot, "Quintavius"), "an erased volunteer's first name stays kept");
        }
    }

    /** "You already have a meeting with {name}" comes from the search, which tags nobody. */
    @Test
    void youAlreadyHaveAMeetingWithGoesWhenTheyAreErased() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"), clock)) {
            People.approvedVolunteer(bot, VOL, "Quintavius");
            People.newcomer(bot, AMIRA, "Amira");
            MeetingPlanTest.confirmed(bot, AMIRA, VOL);
            bot.send(AMIRA, "/meet");
            assertEquals(bot.t("en", "meet.already", "name", "Quintavius"), last(bot.out.textsTo(AMIRA)));
            bot.send(VOL, "/delete");
            bot.press(VOL, "yes");
            assertEquals(List.of(), outboxWith(bot, "Quintavius"), "an erased volunteer's first name stays kept");
        }
    }
}
