package org.koppel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A video meeting has its own room: on both cards, in the calendar file and in the reminders. */
final class VideoMeetingTest {
    private static final long AMIRA = 591;
    private static final long VOL = 691;
    private static final Pattern ROOM = Pattern.compile("https://meet\\.jit\\.si/Koppel-[0-9a-z]{20}");

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));

    private static String room(String text) {
        Matcher m = ROOM.matcher(text);
        return m.find() ? m.group() : "no room in: " + text;
    }

    @Test
    void bothSidesCalendarAndRemindersShowTheSameUnguessableRoom() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"), clock)) {
            People.approvedVolunteer(bot, VOL, "Joost");
            People.newcomer(bot, AMIRA, "Amira");
            MeetingPlanTest.accepted(bot, AMIRA, VOL);
            bot.press(VOL, "slot:0");
            bot.press(VOL, "done");
            bot.press(VOL, "video");
            bot.press(AMIRA, "pick:0");
            List<Outgoing.Document> amira = bot.out.documentsTo(AMIRA);
            List<Outgoing.Document> joost = bot.out.documentsTo(VOL);
            String link = room(amira.get(amira.size() - 1).caption());
            assertTrue(link.startsWith("https://"), link);
            assertEquals(link, room(joost.get(joost.size() - 1).caption()), "one room for both sides");
            String ics = amira.get(amira.size() - 1).content().replace("\r\n ", "");
            assertTrue(ics.contains("\r\nURL:" + link + "\r\n"), ics);
            assertTrue(ics.contains("\r\nLOCATION:" + link + "\r\n"), ics);
            clock.set(Instant.parse("2026-11-24T17:00:00Z"));
            bot.koppel.runDueJobs();
            bot.koppel.settle();
            List<String> texts = bot.out.textsTo(AMIRA);
            assertEquals(link, room(texts.get(texts.size() - 1)), "the reminder carries the room");
        }
    }

    @Test
    void roomsDifferPerMeetingAndPerInstallation() {
        byte[] one = new byte[32];
        byte[] two = new byte[32];
        two[0] = 1;
        String a = org.koppel.meeting.VideoRoom.name(one, 1);
        assertNotEquals(a, org.koppel.meeting.VideoRoom.name(one, 2));
        assertNotEquals(a, org.koppel.meeting.VideoRoom.name(two, 1));
        assertEquals(a, org.koppel.meeting.VideoRoom.name(one, 1));
    }
}
