package org.koppel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database written by Koppel 0.1 (src/test/resources/legacy/koppel-0.1.db, made by that
 * release's own code: people half-way through their profiles, a confirmed meeting with pending
 * reminders, a request, times being chosen on both sides, follow-ups half answered, a community)
 * opens in this release and everyone goes on where they were, with the buttons in their chats.
 */
final class LegacyDatabaseTest {
    private static final long LINA = 1001;
    private static final long PIA = 1002;
    private static final long AMIRA = 1003;
    private static final long CHEN = 1005;
    private static final long DANA = 1006;
    private static final long ELI = 1007;
    private static final long VERA = 2001;
    private static final long PIET = 2002;
    private static final long JOOST = 2003;
    private static final long MILA = 2004;
    private static final long RUUD = 2005;
    private static final long SARA = 2006;
    private static final long TOM = 2007;
    private static final long SAMIRA = 3001;

    @TempDir
    Path dir;

    /** Tuesday 24 November 2026, 22:05 in Amsterdam: five minutes after 0.1 last wrote the file. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T21:05:00Z"));
    private Path db;

    @BeforeEach
    void copy() throws Exception {
        db = dir.resolve("k.db");
        Files.copy(Path.of("src/test/resources/legacy/koppel-0.1.db"), db);
    }

    /** Presses, as the person would, a button 0.1 sent them ("seq|action|mac"), found by its action. */
    private static void pressOld(TestBot bot, long person, String actionPrefix) {
        record Old(long ref, String data) {
        }
        Old found = bot.koppel.db().read(c -> {
            try (var s = c.prepareStatement("SELECT payload, message_ref FROM outbox WHERE chat_id = ? AND status = 'sent' "
                    + "AND has_buttons = 1 ORDER BY id DESC")) {
                s.setLong(1, person);
                try (var r = s.executeQuery()) {
                    while (r.next()) {
                        for (var row : RecordingGateway.buttons(Json.read(r.getString(1), Outgoing.class))) {
                            for (OutButton b : row) {
                                String[] p = b.data() == null ? new String[0] : b.data().split("\\|");
                                if (p.length == 3 && p[1].startsWith(actionPrefix)) {
                                    return new Old(r.getLong(2), b.data());
                                }
                            }
                        }
                    }
                }
            }
            return null;
        });
        if (found == null) {
            throw new AssertionError("0.1 sent " + person + " no button " + actionPrefix);
        }
        bot.inbox.accept(List.of(TestBot.update(person, "en", new Inbound.Press(found.data(), "old" + person, found.ref()))));
        bot.koppel.settle();
    }

    private static String last(TestBot bot, long person) {
        List<String> texts = bot.out.shownTo(person);
        return texts.isEmpty() ? "" : texts.get(texts.size() - 1);
    }

    @Test
    void peopleHalfWayThroughTheirProfilesGoOnWithTheButtonsTheyHave() {
        try (TestBot bot = new TestBot(db, clock)) {
            assertEquals("none", bot.one("SELECT name FROM sqlite_master WHERE name = 'legacy_conversation'"));
            assertEquals("SKILLS", bot.state(LINA, "profile"));
            pressOld(bot, LINA, "done");
            assertEquals("SKILLS_OTHER", bot.state(LINA, "profile"));
            String data = bot.state(LINA).conversation("profile").data();
            assertTrue(data.contains("\"town\":\"Zwolle\"") && data.contains("\"skills\":[\"pharmacy\"]"), data);
            assertTrue(last(bot, LINA).startsWith("\u200F"), "and still in Arabic");

            bot.send(PIA, "/profile");
            assertEquals("EDUCATION", bot.state(PIA, "profile"));
            assertEquals(bot.t("en", "ask.education"), last(bot, PIA));

            pressOld(bot, VERA, "t:cv");
            pressOld(bot, VERA, "done");
            assertEquals("LANGUAGES", bot.state(VERA, "volunteer"));
            assertTrue(bot.state(VERA).conversation("volunteer").data().contains("\"offers\":[\"cv\"]"));
        }
    }

    @Test
    void aCoordinatorsOldReviewButtonStillApprovesTheVolunteerWaitingForIt() {
        try (TestBot bot = new TestBot(db, clock)) {
            assertEquals("PENDING", bot.state(PIET, "volunteer"));
            pressOld(bot, TestBot.COORDINATOR, "rev:ok:" + PIET);
            assertEquals("approved", bot.one("SELECT status FROM volunteer_profile WHERE person_id = " + PIET));
            assertEquals(bot.t("nl", "volunteer.approved"), last(bot, PIET));
        }
    }

    @Test
    void aConfirmedMeetingKeepsItsRemindersFollowUpAndCardButtons() {
        try (TestBot bot = new TestBot(db, clock)) {
            bot.koppel.settle();
            // the coordinator's digest and daily watch are not what this test counts
            bot.koppel.db().write(c -> c.createStatement().executeUpdate("UPDATE job SET status = 'cancelled' "
                    + "WHERE conv_key = 'digest'"));
            long due = bot.koppel.db().read(c -> {
                try (var r = c.createStatement().executeQuery("SELECT COUNT(*) FROM job WHERE status = 'pending' "
                        + "AND due_at <= " + Instant.parse("2026-11-25T16:00:00Z").toEpochMilli())) {
                    return r.next() ? r.getLong(1) : -1L;
                }
            });
            assertEquals(3, due, "the two-hours reminder, now for each side, and Bashir's request that Mila never answered");
            clock.set(Instant.parse("2026-11-25T16:00:00Z"));
            // counted before: the scheduler's own thread may run them between the clock moving and this call
            bot.koppel.runDueJobs();
            bot.koppel.settle();
            assertEquals("0", bot.one("SELECT COUNT(*) FROM job WHERE status = 'pending' AND due_at <= "
                    + Instant.parse("2026-11-25T16:00:00Z").toEpochMilli()));
            assertTrue(last(bot, AMIRA).startsWith(bot.t("en", "remind.text", "name", "Joost", "day", "X", "time", "",
                    "place", "").substring(0, 10)), last(bot, AMIRA));
            assertTrue(bot.out.shownTo(JOOST).stream().anyMatch(t -> t.startsWith(bot.t("nl", "remind.text", "name", "X",
                    "day", "", "time", "", "place", "").substring(0, 10)) && t.contains("Amira") && t.contains("19:00")),
                    bot.out.shownTo(JOOST).toString());

            pressOld(bot, JOOST, "crd:sh:");
            Outgoing.Send link = (Outgoing.Send) bot.out.keyboard(AMIRA).message();
            assertEquals("tg://user?id=" + JOOST, link.buttons().get(0).get(0).url(), "Amira had shared already in 0.1");

            clock.set(Instant.parse("2026-11-25T21:00:00Z"));
            bot.koppel.runDueJobs();
            bot.koppel.settle();
            assertEquals(bot.t("en", "fu.held", "name", "Joost"), last(bot, AMIRA));
            assertEquals(bot.t("nl", "fu.held", "name", "Amira"), last(bot, JOOST));
        }
    }

    @Test
    void requestsAndTimesBeingChosenGoOnFromEitherSide() {
        try (TestBot bot = new TestBot(db, clock)) {
            pressOld(bot, MILA, "mtg:ok:");
            assertEquals("accepted", bot.one("SELECT status FROM meeting WHERE volunteer_id = " + MILA));
            assertTrue(last(bot, MILA).startsWith(bot.t("nl", "plan.intro.first", "name", "Bashir")), last(bot, MILA));

            pressOld(bot, CHEN, "pick:0");
            assertEquals(bot.t("en", "meet.slot_passed"), bot.out.shownTo(CHEN).get(0), "Tuesday 19:00 has passed");
            bot.press(CHEN, "pick:1");
            assertEquals("confirmed", bot.one("SELECT status FROM meeting WHERE newcomer_id = " + CHEN));
            assertEquals(1, bot.out.documentsTo(RUUD).size(), "Ruud gets the card");

            pressOld(bot, SARA, "done");
            bot.send(SARA, "Bibliotheek Amersfoort");
            assertEquals("proposed", bot.one("SELECT status FROM meeting WHERE newcomer_id = " + DANA));
            assertTrue(last(bot, DANA).contains("Bibliotheek Amersfoort"), last(bot, DANA));
        }
    }

    @Test
    void followUpsHalfAnsweredAndCommunitiesGoOn() {
        try (TestBot bot = new TestBot(db, clock)) {
            pressOld(bot, ELI, "fu:u:");
            assertEquals("1", bot.one("SELECT usefulness FROM meeting_feedback WHERE role = 'newcomer' AND person_id = " + ELI));
            pressOld(bot, TOM, "fu:h:");
            assertEquals("yes", bot.one("SELECT took_place FROM meeting_feedback WHERE role = 'volunteer'"));

            bot.send(SAMIRA, "ar", "/broadcast");
            bot.send(SAMIRA, "ar", "اجتماع يوم الجمعة");
            bot.press(SAMIRA, "send");
            bot.koppel.broadcastsDone();
            bot.koppel.settle();
            assertTrue(last(bot, 3002).contains("اجتماع يوم الجمعة"), "the member gets it");
        }
    }

    /**
     * 0.1 erased a volunteer without touching their meetings (only the newcomer's id had a
     * foreign key): the meeting still names someone who is gone. It opens, the meeting is called
     * off as one whose person left, and the newcomer hears so once the bot runs.
     */
    @Test
    void aMeetingWhoseVolunteerWasErasedIn01IsCalledOffAndTheNewcomerTold() throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             var s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
            s.execute("DELETE FROM person WHERE id = " + JOOST);
        }
        try (TestBot bot = new TestBot(db, clock)) {
            bot.koppel.settle();
            assertEquals("cancelled|null|left", bot.one("SELECT status || '|' || IFNULL(volunteer_id, 'null') || '|' || why "
                    + "FROM meeting WHERE newcomer_id = " + AMIRA));
            assertEquals(bot.t("en", "meet.cancelled_left"), last(bot, AMIRA));
            assertEquals("0", bot.one("SELECT COUNT(*) FROM job WHERE conv_key = 'meeting:" + Long.toString(841241088627L, 36)
                    + "' AND status = 'pending'"), "no reminders for a meeting that is off");
            bot.send(AMIRA, "/meet");
            assertTrue(!last(bot, AMIRA).equals(bot.t("en", "meet.already", "name", bot.t("en", "meet.someone"))),
                    "Amira can look for someone else");
        }
    }
}
