package org.koppel.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.koppel.app.Koppel;
import org.koppel.core.MutableClock;
import org.koppel.app.DemoData;

/**
 * A whole coffee meeting over HTTP: the real Telegram client against the fake Bot API, with the
 * demo volunteers, an Arabic-speaking newcomer and an injected clock, so expiry needs no waiting.
 */
final class MeetingJourneyTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final long COORDINATOR = 8_100;
    private static final long AMIRA = 7_001;
    private static final long BASHIR = 7_002;
    /** Monday 23 November 2026, 11:00 in Amsterdam. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final Map<String, Long> ids = new HashMap<>();

    @TempDir
    Path dir;

    private FakeBotApi api;
    private Koppel koppel;
    private TelegramBot bot;

    @BeforeEach
    void start() throws Exception {
        api = new FakeBotApi();
        koppel = Koppel.open(Path.of("config"), Path.of("messages"), dir.resolve("k.db"), clock);
        long id = 8_001;
        for (String name : DemoData.names()) {
            ids.put(name, id++);
        }
        koppel.db().write(c -> DemoData.seed(c, ids, COORDINATOR, clock.millis()));
        bot = TelegramBot.start(koppel, "123:test", api.url(), Set.of(COORDINATOR));
    }

    @AfterEach
    void stop() {
        bot.close();
        koppel.close();
        api.close();
    }

    @Test
    void anArabicNewcomerAndADutchVolunteerGoFromRequestToTheSameMomentInBothCalendars() throws Exception {
        // only the two Dutch-speaking volunteers who meet on weekday evenings stay available
        koppel.db().write(c -> c.createStatement().executeUpdate("UPDATE volunteer_profile SET paused = 1 "
                + "WHERE person_id NOT IN (" + ids.get("Joost") + ", " + ids.get("Lotte") + ")"));
        // both know her field, so the next one is asked without asking her about another field first
        koppel.db().write(c -> c.createStatement().executeUpdate("UPDATE volunteer_profile SET sectors = '[\"healthcare\"]'"));
        Person amira = new Person(AMIRA, "أميرة", "ar");
        amira.signUp();
        BotCall request = amira.meet();
        long first = request.chatId();

        // the demo coordinator's digest and daily watch are not what this test counts
        koppel.settle();
        koppel.db().write(c -> c.createStatement().executeUpdate("UPDATE job SET status = 'cancelled' "
                + "WHERE conv_key = 'digest'"));
        clock.advance(Duration.ofHours(48));
        int before = api.calls("sendmessage").size();
        assertEquals(1, koppel.runDueJobs(), "the unanswered request expires");
        BotCall next = api.await("sendmessage", before, c -> c.actions().contains("pause"), WAIT);
        long volunteer = next.chatId();
        assertNotEquals(first, volunteer, "no answer in 48 h: the next candidate is asked");
        assertTrue(next.text().startsWith("أميرة") || next.text().contains("أميرة"), next.text());

        Person vol = new Person(volunteer, "Vol", "nl");
        vol.shown = next;
        vol.press("yes", c -> c.actions().contains("slot:0"));
        assertTrue(vol.shown.text().contains("Amira") || vol.shown.text().contains("أميرة"));
        vol.toggle("slot:0");
        vol.toggle("slot:1");
        vol.press("done", c -> c.actions().contains("video"));
        int cards = api.calls("senddocument").size();
        amira.shown = null;
        vol.say("Bibliotheek Neude, Utrecht", c -> c.text().contains("Amira") || c.text().contains("أميرة"));
        BotCall choose = api.await("sendmessage", 0, c -> c.chatId() == AMIRA && c.actions().contains("pick:1"), WAIT);
        amira.shown = choose;
        amira.pressOnly("pick:1");

        // Wednesday 25th + 48 h: the offers start Thursday 26th at 19:00, the second is Friday 27th
        BotCall mine = api.await("senddocument", cards, c -> c.chatId() == AMIRA, WAIT);
        BotCall theirs = api.await("senddocument", cards, c -> c.chatId() == volunteer, WAIT);
        for (BotCall card : List.of(mine, theirs)) {
            assertTrue(card.document().contains("DTSTART;TZID=Europe/Amsterdam:20261127T190000\r\n"), card.document());
            assertTrue(card.document().contains("BEGIN:VALARM") && card.document().contains("BEGIN:VTIMEZONE"));
            assertEquals("koppel-meeting.ics", card.body().path("document_name").asText());
        }
        assertTrue(mine.text().contains("نوفمبر") && mine.text().contains("19:00") && mine.text().startsWith("\u200F"),
                "the newcomer's card is in Arabic: " + mine.text());
        assertTrue(theirs.text().contains("vrijdag 27 november 2026") && theirs.text().contains("19:00"), theirs.text());
        assertTrue(theirs.text().contains("أميرة") && mine.text().contains("Bibliotheek Neude"));
        assertTrue(theirs.actions().stream().anyMatch(a -> a.startsWith("cancel:")), "the card can cancel");
    }

    @Test
    void threeDeclinesTellTheCoordinator() throws Exception {
        // every volunteer knows his field, so each decline asks the next one straight away
        koppel.db().write(c -> c.createStatement().executeUpdate("UPDATE volunteer_profile SET sectors = '[\"healthcare\"]'"));
        Person bashir = new Person(BASHIR, "Bashir", "ar");
        bashir.signUp();
        BotCall request = bashir.meet();
        for (int i = 0; i < 3; i++) {
            int before = api.calls("sendmessage").size();
            Person v = new Person(request.chatId(), "Vol", "nl");
            v.shown = request;
            v.pressOnly("no");
            if (i < 2) {
                request = api.await("sendmessage", before, c -> c.actions().contains("pause"), WAIT);
            }
        }
        String stuck = koppel.messages().of("en").t("meet.stuck", "name", "Bashir");
        api.await("sendmessage", 0, c -> c.chatId() == COORDINATOR && c.text().equals(stuck), WAIT);
        String none = koppel.messages().of("ar").t("meet.none");
        api.await("sendmessage", 0, c -> c.chatId() == BASHIR && c.text().contains(none), WAIT);
    }

    private static String action(BotCall call, String prefix) {
        return call.actions().stream().filter(a -> a.startsWith(prefix)).findFirst().orElseThrow();
    }

    /** Someone chatting with the bot over the fake Bot API. */
    private final class Person {
        final long id;
        final String name;
        final String language;
        BotCall shown;

        Person(long id, String name, String language) {
            this.id = id;
            this.name = name;
            this.language = language;
        }

        /** A newcomer in Utrecht: healthcare, Arabic and English, weekday evenings, either way. */
        void signUp() throws InterruptedException {
            say("/start", c -> c.actions().contains("continue"));
            press("continue", c -> c.actions().contains("role:newcomer"));
            press("role:newcomer", c -> c.actions().contains("yes"));
            press("yes", c -> c.actions().contains("name:tg"));
            say(name, c -> c.actions().contains("p:nl-ut"));
            press("p:nl-ut", c -> c.actions().contains("skip"));
            press("skip", c -> c.actions().contains("t:healthcare"));
            toggle("t:healthcare");
            press("done", c -> c.actions().contains("skip") && !c.actions().contains("t:healthcare"));
            say("ممرضة", c -> c.actions().contains("p:5to10"));
            press("p:5to10", c -> c.actions().contains("t:nursing"));
            toggle("t:nursing");
            press("done", c -> c.actions().contains("skip") && !c.actions().contains("t:nursing"));
            press("skip", c -> c.actions().contains("p:bachelor"));
            press("p:bachelor", c -> c.actions().contains("p:a2"));
            press("p:a2", c -> c.actions().contains("t:ar"));
            toggle("t:ar");
            toggle("t:en");
            press("done", c -> c.actions().contains("t:job"));
            toggle("t:job");
            press("done", c -> c.actions().contains("t:weekday_evening"));
            toggle("t:weekday_evening");
            press("done", c -> c.actions().contains("p:either"));
            press("p:either", c -> c.actions().contains("confirm"));
            press("confirm", c -> c.actions().equals(List.of("go")));
        }

        /** Taps "Find me a coffee meeting" and returns the request a volunteer got. */
        BotCall meet() throws InterruptedException {
            int before = api.calls("sendmessage").size();
            pressOnly("go");
            return api.await("sendmessage", before, c -> c.actions().contains("pause"), WAIT);
        }

        void say(String text, Predicate<BotCall> next) throws InterruptedException {
            int before = api.calls("sendmessage").size();
            api.userSends(id, name, language, text);
            shown = api.await("sendmessage", before, c -> c.chatId() == id && next.test(c), WAIT);
        }

        void press(String action, Predicate<BotCall> next) throws InterruptedException {
            int before = api.calls("sendmessage").size();
            api.userPresses(id, name, language, shown, action);
            shown = api.await("sendmessage", before, c -> c.chatId() == id && next.test(c), WAIT);
        }

        /** A press whose answer is what others receive; waits only until the press is answered. */
        void pressOnly(String action) throws InterruptedException {
            int before = api.calls("answercallbackquery").size();
            api.userPresses(id, name, language, shown, action);
            api.await("answercallbackquery", before, c -> true, WAIT);
        }

        /** A multi-select press: the same message's buttons change to show the checkmark. */
        void toggle(String action) throws InterruptedException {
            int text = api.calls("editmessagetext").size();
            int markup = api.calls("editmessagereplymarkup").size();
            api.userPresses(id, name, language, shown, action);
            BotCall edited = null;
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (edited == null && System.nanoTime() < deadline) {
                List<BotCall> t = api.calls("editmessagetext");
                List<BotCall> m = api.calls("editmessagereplymarkup");
                edited = t.size() > text ? t.get(text) : m.size() > markup ? m.get(markup) : null;
                Thread.sleep(5);
            }
            assertTrue(edited != null && edited.body().toString().contains("✓"), "the choice shows a checkmark");
            ((com.fasterxml.jackson.databind.node.ObjectNode) edited.body()).put("message_id_sent",
                    shown.body().path("message_id_sent").asInt());
            shown = edited;
        }
    }
}
