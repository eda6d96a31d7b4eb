package org.koppel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Matching says what the match is. A healthcare newcomer is asked to a volunteer from their field
 * and told so; when only someone from another field can meet, that is said to the newcomer, who
 * chooses: ask them (and the volunteer is told why they were asked), or wait for their own field,
 * which the bot looks for every day.
 */
final class FieldHonestyTest {
    private static final long AMIRA = 597;
    private static final long JOOST = 697;
    private static final long KARIM = 698;

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));

    private static String last(TestBot bot, long person) {
        List<String> texts = bot.out.textsTo(person);
        return texts.get(texts.size() - 1);
    }

    /** Joost knows logistics, not healthcare; he still offers CV help and introductions, which serve a job. */
    private static void logistics(TestBot bot, long volunteer) {
        bot.koppel.db().write(c -> c.createStatement().executeUpdate(
                "UPDATE volunteer_profile SET sectors = '[\"logistics\"]' WHERE person_id = " + volunteer));
    }

    @Test
    void aVolunteerFromTheFieldIsAskedAndTheNewcomerIsToldItIsTheirField() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"), clock)) {
            People.approvedVolunteer(bot, JOOST, "Joost");
            logistics(bot, JOOST);
            People.approvedVolunteer(bot, KARIM, "Karim");
            bot.koppel.db().write(c -> c.createStatement().executeUpdate(
                    "UPDATE volunteer_profile SET monthly_capacity = 4 WHERE person_id = " + JOOST));
            People.newcomer(bot, AMIRA, "Amira");
            bot.send(AMIRA, "/meet");
            assertEquals(Long.toString(KARIM), bot.one("SELECT volunteer_id FROM meeting"));
            assertEquals(bot.t("en", "meet.asked_field", "fields", "Healthcare"), last(bot, AMIRA));
            String request = bot.out.textsTo(KARIM).stream().filter(t -> t.startsWith(bot.t("nl", "meet.request", "name", "Amira"))).findFirst().orElseThrow();
            assertTrue(request.contains(bot.t("nl", "match.reason.sector", "items", bot.t("nl", "sector.healthcare"))), request);
        }
    }

    @Test
    void onlyAnotherFieldCanMeetSoTheNewcomerChoosesAndTheVolunteerIsToldWhyTheyWereAsked() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"), clock)) {
            People.approvedVolunteer(bot, JOOST, "Joost");
            logistics(bot, JOOST);
            People.newcomer(bot, AMIRA, "Amira");
            bot.send(AMIRA, "/meet");
            assertEquals("0", bot.one("SELECT COUNT(*) FROM meeting"), "nobody is asked before she agrees to another field");
            String goals = bot.t("en", "goal.job");
            assertEquals(bot.t("en", "meet.other_offer", "fields", "Healthcare", "goals", goals), last(bot, AMIRA));
            assertFalse(bot.out.textsTo(AMIRA).stream().anyMatch(t -> t.contains("from your field who")),
                    "no promise of her field");

            bot.press(AMIRA, "other");
            assertEquals(Long.toString(JOOST), bot.one("SELECT volunteer_id FROM meeting"));
            assertEquals(bot.t("en", "meet.asked_other", "goals", goals), last(bot, AMIRA));
            String request = bot.out.textsTo(JOOST).stream().filter(t -> t.startsWith(bot.t("nl", "meet.request", "name", "Amira"))).findFirst()
                    .orElseThrow(() -> new AssertionError(bot.out.textsTo(JOOST) + " / " + bot.out.textsTo(AMIRA)));
            assertTrue(request.contains(bot.t("nl", "meet.other_field", "name", "Amira", "fields", bot.t("nl", "sector.healthcare"))), request);
            assertFalse(request.contains(bot.t("nl", "match.reason.sector", "items", bot.t("nl", "sector.healthcare"))), request);
        }
    }

    @Test
    void aNewcomerWhoWaitsForTheirFieldIsMatchedWhenSomeoneFromItCanMeet() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"), clock)) {
            People.approvedVolunteer(bot, JOOST, "Joost");
            logistics(bot, JOOST);
            People.newcomer(bot, AMIRA, "Amira");
            bot.send(AMIRA, "/meet");
            bot.press(AMIRA, "wait");
            assertEquals(bot.t("en", "meet.wait_field"), last(bot, AMIRA));
            assertEquals("0", bot.one("SELECT COUNT(*) FROM meeting"));

            clock.advance(Duration.ofDays(1).plusMinutes(1));
            bot.koppel.runDueJobs();
            bot.koppel.settle();
            assertEquals("0", bot.one("SELECT COUNT(*) FROM meeting"), "still nobody from her field: nobody asked");

            People.approvedVolunteer(bot, KARIM, "Karim");
            clock.advance(Duration.ofDays(1).plusMinutes(1));
            bot.koppel.runDueJobs();
            bot.koppel.settle();
            assertEquals(Long.toString(KARIM), bot.one("SELECT volunteer_id FROM meeting"));
            assertEquals(bot.t("en", "meet.field_found", "fields", "Healthcare"), last(bot, AMIRA));
        }
    }
}
