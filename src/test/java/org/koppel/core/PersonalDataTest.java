package org.koppel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A person's own data: /mydata shows all of it, /delete leaves nothing that names them. */
final class PersonalDataTest {
    private static final long AMIRA = 501;
    private static final long VOL = 7_654_321_987L;
    private static final long MEMBER = 712;

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));

    /** Joost and Amira met (a relayed message each way), both answered the follow-up; Amira is in a community. */
    private TestBot metAndInACommunity() {
        TestBot bot = new TestBot(dir.resolve("k.db"), clock);
        People.approvedVolunteer(bot, VOL, "Joost");
        People.newcomer(bot, AMIRA, "Amira");
        MeetingPlanTest.confirmed(bot, AMIRA, VOL);
        bot.send(AMIRA, "/message");
        bot.send(AMIRA, "Hello Joost, I am looking forward to it");
        clock.set(Instant.parse("2026-11-25T21:00:00Z"));
        bot.koppel.runDueJobs();
        bot.koppel.settle();
        bot.tap(AMIRA, "followup:", "h:yes");
        bot.send(TestBot.COORDINATOR, "hello");
        String join = CommunityTest.links(bot)[0];
        bot.send(AMIRA, "/start " + join);
        bot.tap(AMIRA, "community:", "join");
        return bot;
    }

    @Test
    void myDataIsAFileWithEverythingAndASummaryInTheirLanguage() throws Exception {
        try (TestBot bot = metAndInACommunity()) {
            bot.send(AMIRA, "/mydata");
            Outgoing.Document file = bot.out.documentsTo(AMIRA).get(bot.out.documentsTo(AMIRA).size() - 1);
            assertEquals("koppel-my-data.json", file.fileName());
            var en = bot.koppel.messages().of("en");
            List<String> parts = new ArrayList<>();
            for (String p : List.of("person", "profile", "meetings", "follow_up", "messages", "communities")) {
                parts.add(en.t("mydata.part." + p));
            }
            assertEquals(bot.t("en", "mydata.summary", "parts", String.join(en.t("list.separator"), parts)), file.caption());
            JsonNode all = Json.tree(file.content());
            assertEquals("yes", all.path("person").path("consent").asText());
            assertEquals(Instant.parse("2026-11-23T10:00:00Z"), Instant.parse(all.path("person").path("consent_at").asText()),
                    "with its time, readable");
            assertEquals("healthcare", all.path("profile").path("sectors").get(0).asText(), "lists as lists");
            assertEquals("Amira", all.path("profile").path("first_name").asText());
            assertEquals("Joost", all.path("meetings").get(0).path("with").asText(), "the other side by first name");
            assertEquals("yes", all.path("follow_up").path("answers").get(0).path("took_place").asText());
            assertEquals("Eritrean community Tilburg", all.path("communities").get(0).path("community").asText());
            assertEquals("Hello Joost, I am looking forward to it",
                    all.path("messages").path("you_wrote").get(0).path("text").asText());
            assertFalse(file.content().contains("Verpleegkundige"), "nothing more of the other side than a first name");
        }
    }

    @Test
    void anErasedVolunteerIsNamedNowhereAndTheCountsStayWithoutThem() throws Exception {
        Path db = dir.resolve("k.db");
        List<String> traces = List.of("Quintavius", "Xenobotanist", "meet me by the old lighthouse");
        try (TestBot bot = new TestBot(db, clock)) {
            People.approvedVolunteer(bot, VOL, "Quintavius", "weekday_evening", "Xenobotanist");
            People.newcomer(bot, AMIRA, "Amira");
            MeetingPlanTest.confirmed(bot, AMIRA, VOL);
            bot.send(VOL, "/message");
            bot.send(VOL, "Let us meet by the old lighthouse");
            bot.send(TestBot.COORDINATOR, "hello");
            String[] links = CommunityTest.links(bot);
            bot.send(VOL, "/start " + links[1]);
            bot.tap(VOL, "community:", "key:");
            bot.send(MEMBER, "/start " + links[0]);
            bot.tap(MEMBER, "community:", "join");
            bot.send(VOL, "/broadcast");
            bot.send(VOL, "Quintavius says: meet me by the old lighthouse");
            bot.press(VOL, "send");
            bot.koppel.broadcastsDone();

            bot.send(VOL, "/delete");
            bot.press(VOL, "yes");
            int toVolunteer = bot.out.to(VOL).size();
            assertEquals(bot.t("en", "meet.cancelled_left"), bot.out.textsTo(AMIRA).get(bot.out.textsTo(AMIRA).size() - 1));
            noTraces(dir.resolve("k.db-wal"), traces, "right after the erasure, the log");
            assertEquals("cancelled|null", bot.one("SELECT status || '|' || COALESCE(volunteer_id, 'null') FROM meeting"));
            assertEquals("1|volunteer", bot.one("SELECT COUNT(*) || '|' || role FROM erased_person"));
            assertEquals("1", bot.one("SELECT COUNT(*) FROM broadcast WHERE text IS NULL"), "the broadcast counted, not kept");
            assertEquals("", idsLeft(bot, VOL), "no row refers to the erased volunteer");

            bot.send(TestBot.COORDINATOR, "/broadcast");
            bot.send(TestBot.COORDINATOR, "News for the community");
            bot.press(TestBot.COORDINATOR, "send");
            bot.koppel.broadcastsDone();
            clock.set(Instant.parse("2026-11-25T21:00:00Z"));
            bot.koppel.runDueJobs();
            bot.koppel.settle();
            assertEquals(toVolunteer, bot.out.to(VOL).size(), "no broadcast, reminder or follow-up reaches them");
        }
        noTraces(db, traces, "the database file");
        noTraces(dir.resolve("k.db-wal"), traces, "the log");
    }

    /** Every table and column holding the id, as a number or in base 36 (as keys do); "" when none. */
    static String idsLeft(TestBot bot, long id) {
        return bot.koppel.db().read(c -> {
            List<String> found = new ArrayList<>();
            List<String> tables = new ArrayList<>();
            try (var r = c.createStatement().executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            for (String t : tables) {
                try (var r = c.createStatement().executeQuery("SELECT * FROM \"" + t + "\"")) {
                    int columns = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        for (int i = 1; i <= columns; i++) {
                            String v = r.getString(i);
                            if (v != null && (v.contains(Long.toString(id)) || v.contains(Long.toString(id, 36)))) {
                                found.add(t + "." + r.getMetaData().getColumnName(i));
                            }
                        }
                    }
                }
            }
            return String.join(", ", found);
        });
    }

    static void noTraces(Path file, List<String> traces, String what) throws Exception {
        if (!Files.exists(file)) {
            return;
        }
        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        for (String trace : traces) {
            String raw = new String(trace.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
            assertFalse(bytes.contains(raw), what + " still holds " + trace);
        }
    }
}
