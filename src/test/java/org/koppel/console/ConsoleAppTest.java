package org.koppel.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.koppel.app.Koppel;

/** The terminal as a person tries Koppel in it: several people, buttons by number, a restart in between. */
final class ConsoleAppTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private String session(boolean demo, String... lines) throws Exception {
        ByteArrayOutputStream shown = new ByteArrayOutputStream();
        try (Koppel koppel = Koppel.open(Path.of("config"), Path.of("messages"), dir.resolve("k.db"), CLOCK);
             PrintStream out = new PrintStream(shown, true, StandardCharsets.UTF_8)) {
            String input = String.join("\n", lines) + "\n:quit\n";
            new ConsoleApp(koppel, out, dir.resolve("files"))
                    .run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), demo);
        }
        return shown.toString(StandardCharsets.UTF_8);
    }

    private String one(String sql) throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("k.db"));
             var r = c.createStatement().executeQuery(sql)) {
            return r.next() ? r.getString(1) : "none";
        }
    }

    /** A key person broadcasts a photo in the demo; a member presses Leave under it, by number. */
    @Test
    void aMemberLeavesFromUnderABroadcastPhoto() throws Exception {
        String shown = session(true, "Samira: /broadcast", ":photo Friday at eight in the library", "1", "@Amal", "1");
        String amal = one("SELECT id FROM console_person WHERE name = 'Amal'");
        assertTrue(shown.contains("── to Amal ──\n🖼 [photo]"), shown);
        assertEquals("left", one("SELECT status FROM membership WHERE person_id = " + amal), shown);
        assertEquals("active", one("SELECT status FROM membership WHERE person_id = "
                + one("SELECT id FROM console_person WHERE name = 'Yusuf'")), "only Amal left");
    }

    /** After a restart the newest buttons still work by number: the terminal finds them in the outbox. */
    @Test
    void buttonsShownBeforeARestartWorkAfterIt() throws Exception {
        session(false, "Amira: hello");
        String amira = one("SELECT id FROM console_person WHERE name = 'Amira'");
        assertEquals("LANGUAGE", one("SELECT state FROM conversation WHERE person_id = " + amira));

        String shown = session(false, "@Amira", "2");

        assertEquals("ROLE", one("SELECT state FROM conversation WHERE person_id = " + amira), shown);
        assertEquals("nl", one("SELECT language FROM person WHERE id = " + amira), "button 2 is Nederlands");
    }

    /** A time in a message ("18:00") or a sentence with a colon is text, not a change of speaker. */
    @Test
    void aColonInsideAMessageDoesNotSwitchTheSpeaker() throws Exception {
        String shown = session(true, "Samira: /broadcast", "Dinner on Saturday at 18:00 in the Oosterkerk",
                "Note for everyone in the group: bring a dish");
        assertTrue(shown.contains("Dinner on Saturday at 18:00 in the Oosterkerk"), shown);
        assertEquals("none", one("SELECT id FROM console_person WHERE name LIKE 'Dinner%' OR name LIKE 'Note%'"), shown);
    }

    /** A number that answers a question ("30 places") is typed with a quote; plain digits press buttons. */
    @Test
    void aQuotedNumberIsTypedTextNotAButton() throws Exception {
        String shown = session(true, "Samira: /newevent", "Salon", "1", "1", "18:30", "Neude", "\"30", "1", "5");
        assertEquals("30", one("SELECT '30' WHERE EXISTS (SELECT 1 FROM conversation WHERE kind = 'newevent' "
                + "AND data LIKE '%\"capacity\":30%')"), shown);
    }
}
