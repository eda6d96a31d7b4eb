package org.koppel.telegram;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The journeys that cross two people, for the chaos run: a newcomer's coffee meeting from the
 * request to both cards, both reminders and the follow-up under a moved clock (KOPPEL_CLOCK_FILE);
 * and a key person's broadcast to the demo community. Null when done, else what went wrong.
 */
final class ChaosMeeting {
    private ChaosMeeting() {
    }

    /** After the newcomer's profile: Find me a coffee meeting, the volunteer plans it, she picks a time. */
    static String meet(FakeBotApi api, ChaosJourney newcomer, ChaosChat volunteer, Path db, Path clockFile) throws Exception {
        try {
            ChaosChat her = newcomer.chat();
            her.pressOnly("go");
            volunteer.shown = volunteer.await("sendmessage", c -> c.actions().contains("pause"));
            volunteer.press("yes", c -> c.actions().contains("slot:0"));
            volunteer.toggle("slot:0");
            volunteer.toggle("slot:1");
            volunteer.press("done", c -> c.actions().contains("video"));
            volunteer.say("Bibliotheek Neude, Utrecht", c -> c.actions().stream().anyMatch(a -> a.startsWith("cancel:"))
                    || c.text().contains("Sam"));
            her.shown = her.await("sendmessage", c -> c.actions().contains("pick:1"));
            her.pressOnly("pick:1");
            her.await("senddocument", c -> c.document().contains("BEGIN:VCALENDAR"));
            volunteer.await("senddocument", c -> c.document().contains("BEGIN:VCALENDAR"));

            Instant starts = startOf(db, her.id);
            // the day-before reminder, then the two-hours-before one, then the follow-up after the meeting
            moveTo(clockFile, starts.minusSeconds(23 * 3600));
            awaitReminders(api, her, volunteer, 1);
            moveTo(clockFile, starts.minusSeconds(3600));
            awaitReminders(api, her, volunteer, 2);
            moveTo(clockFile, starts.plusSeconds(4 * 3600));
            her.await("sendmessage", c -> c.actions().contains("h:yes"));
            volunteer.await("sendmessage", c -> c.actions().contains("h:yes"));
            return null;
        } catch (AssertionError e) {
            return "meeting: " + e.getMessage();
        }
    }

    /** The key person writes to her community; every member must get it. */
    static String broadcast(ChaosChat keyPerson, String text) throws Exception {
        try {
            keyPerson.say("/broadcast", c -> true);
            keyPerson.say(text, c -> c.actions().contains("send"));
            keyPerson.pressOnly("send");
            return null;
        } catch (AssertionError e) {
            return "broadcast: " + e.getMessage();
        }
    }

    private static void awaitReminders(FakeBotApi api, ChaosChat a, ChaosChat b, int n) throws InterruptedException {
        for (ChaosChat side : List.of(a, b)) {
            long deadline = System.nanoTime() + ChaosChat.STEP.toNanos();
            while (ChaosChecks.all(api, side.id, "⏰") < n) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("reminder " + n + " never came to " + side.id);
                }
                Thread.sleep(50);
            }
        }
    }

    /** Moves the bot's clock so that real now reads as the given moment. */
    static void moveTo(Path clockFile, Instant moment) throws java.io.IOException {
        long minutes = Math.max(0, (moment.toEpochMilli() - System.currentTimeMillis()) / 60_000);
        Path tmp = clockFile.resolveSibling(clockFile.getFileName() + ".tmp");
        Files.writeString(tmp, Long.toString(minutes));
        Files.move(tmp, clockFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static Instant startOf(Path db, long newcomer) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet r = c.createStatement().executeQuery("SELECT starts_at, zone FROM meeting WHERE newcomer_id = "
                     + newcomer + " AND status = 'confirmed'")) {
            if (!r.next()) {
                throw new AssertionError("no confirmed meeting stored");
            }
            String at = r.getString(1);
            return at.endsWith("Z") ? Instant.parse(at) : LocalDateTime.parse(at).atZone(ZoneId.of(r.getString(2))).toInstant();
        }
    }
}
