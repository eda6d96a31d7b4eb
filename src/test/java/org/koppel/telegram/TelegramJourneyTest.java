package org.koppel.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real jar's code in its own process, talking HTTP through the TelegramBots client to a fake
 * Bot API: an Arabic-speaking newcomer completes the profile while the bot is killed half-way.
 */
final class TelegramJourneyTest {
    private static final long AMIRA = 7_001;
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private FakeBotApi api;
    private BotCall shown;
    private int presses;

    @Test
    void anArabicNewcomerCompletesTheProfileAcrossAKillAndRestart() throws Exception {
        Path db = dir.resolve("koppel.db");
        Path log = dir.resolve("bot.log");
        try (FakeBotApi server = new FakeBotApi()) {
            api = server;
            Process bot = BotProcess.start(api.url(), db, log);
            try {
                say("/start", c -> c.actions().contains("continue"));
                assertTrue(shown.text().startsWith("\u200F"), "Arabic messages start with a right-to-left mark");
                assertTrue(shown.text().matches("(?s).*[\\u0600-\\u06FF].*"), "the welcome is in Arabic");
                press("continue", c -> c.actions().contains("role:newcomer"));
                press("role:newcomer", c -> c.actions().contains("yes"));
                press("yes", c -> c.actions().contains("name:tg"));
                say("أميرة", c -> c.actions().contains("p:nl-zh"));
                press("p:nl-zh", c -> c.actions().contains("skip"));
                say("Den Haag", c -> c.actions().contains("t:healthcare"));
                toggle("t:healthcare");
                toggle("t:education");
                press("done", c -> c.actions().contains("skip") && !c.actions().contains("t:healthcare"));
                say("ممرضة", c -> c.actions().contains("p:5to10"));

                BotProcess.kill(bot);
                // Pressed while the bot is down: Telegram keeps it, the restarted bot handles it.
                presses++;
                api.userPresses(AMIRA, "Amira", "ar", shown, "p:5to10");
                bot = BotProcess.start(api.url(), db, log);
                shown = api.await("sendmessage", 0, c -> c.chatId() == AMIRA && c.actions().contains("t:nursing"), WAIT);

                toggle("t:nursing");
                toggle("t:midwifery");
                press("done", c -> c.actions().contains("skip") && !c.actions().contains("t:nursing"));
                say("إسعافات أولية", c -> c.actions().contains("p:bachelor"));
                press("p:bachelor", c -> c.actions().contains("p:a2"));
                press("p:a2", c -> c.actions().contains("t:ar"));
                toggle("t:ar");
                toggle("t:en");
                press("done", c -> c.actions().contains("t:job"));
                toggle("t:job");
                press("done", c -> c.actions().contains("t:weekday_morning"));
                toggle("t:weekday_morning");
                press("done", c -> c.actions().contains("p:either"));
                press("p:either", c -> c.actions().contains("confirm"));
                assertTrue(shown.text().contains("\u2068أميرة\u2069") || shown.text().contains("أميرة"));
                press("confirm", c -> c.actions().equals(java.util.List.of("go")) && c.text().contains("أميرة"));
            } finally {
                BotProcess.kill(bot);
            }
            assertCommandMenus();
            assertEquals(presses, api.calls("answercallbackquery").size(), "every press is answered once");
        }
        String written = logOf(log);
        for (String personal : new String[] {"أميرة", "Den Haag", "ممرضة", "Amira"}) {
            assertTrue(!written.contains(personal), "the log holds no personal data: " + personal);
        }
        assertStoredProfile(db);
    }

    private void assertCommandMenus() {
        Set<String> languages = new TreeSet<>();
        api.calls("setmycommands").forEach(c -> languages.add(c.body().path("language_code").asText("default")));
        assertTrue(languages.containsAll(Set.of("ar", "fa", "ps", "ti", "so", "tr", "uk", "ru", "nl", "en", "default")),
                "menus registered: " + languages);
    }

    private static void assertStoredProfile(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet r = c.createStatement().executeQuery(
                     "SELECT p.language, p.consent, n.* FROM person p JOIN newcomer_profile n ON n.person_id = p.id "
                             + "WHERE p.id = " + AMIRA)) {
            assertTrue(r.next(), "profile stored");
            assertEquals("ar", r.getString("language"));
            assertEquals("yes", r.getString("consent"));
            assertEquals("أميرة", r.getString("first_name"));
            assertEquals("nl-zh", r.getString("region"));
            assertEquals("Den Haag", r.getString("town"));
            assertEquals("[\"healthcare\",\"education\"]", r.getString("sectors"));
            assertEquals("ممرضة", r.getString("occupation"));
            assertEquals("5to10", r.getString("experience"));
            assertEquals("[\"nursing\",\"midwifery\"]", r.getString("skills"));
            assertEquals("إسعافات أولية", r.getString("skills_other"));
            assertEquals("bachelor", r.getString("education"));
            assertEquals("a2", r.getString("dutch_level"));
            assertEquals("[\"ar\",\"en\"]", r.getString("languages"));
            assertEquals("[\"job\"]", r.getString("goals"));
            assertEquals("[\"weekday_morning\"]", r.getString("availability"));
            assertEquals("either", r.getString("meeting_mode"));
        }
    }

    private void say(String text, Predicate<BotCall> next) throws InterruptedException {
        int before = api.calls("sendmessage").size();
        api.userSends(AMIRA, "Amira", "ar", text);
        shown = api.await("sendmessage", before, c -> c.chatId() == AMIRA && next.test(c), WAIT);
    }

    private void press(String action, Predicate<BotCall> next) throws InterruptedException {
        int before = api.calls("sendmessage").size();
        presses++;
        api.userPresses(AMIRA, "Amira", "ar", shown, action);
        shown = api.await("sendmessage", before, c -> c.chatId() == AMIRA && next.test(c), WAIT);
    }

    /** A multi-select press: the same message is edited to show the checkmark. */
    private void toggle(String action) throws InterruptedException {
        int before = api.calls("editmessagetext").size();
        presses++;
        api.userPresses(AMIRA, "Amira", "ar", shown, action);
        BotCall edited = api.await("editmessagetext", before, c -> c.chatId() == AMIRA, WAIT);
        assertTrue(edited.body().toString().contains("✓"), "the choice shows a checkmark");
        shown = edited;
    }

    static String logOf(Path log) throws java.io.IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }
}
