package org.koppel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A volunteer signs up, a coordinator approves or rejects, on a real SQLite file. */
final class VolunteerReviewTest {
    private static final long PIM = 301;
    private static final long OTHER = 302;

    @TempDir
    Path dir;

    private static void signUp(TestBot bot, long who) {
        People.volunteer(bot, who, "Pim");
    }

    private static String status(TestBot bot, long who) {
        return bot.koppel.db().read(c -> {
            try (var r = c.createStatement().executeQuery(
                    "SELECT status || ':' || COALESCE(decided_by, 0) FROM volunteer_profile WHERE person_id = " + who)) {
                return r.next() ? r.getString(1) : "none";
            }
        });
    }

    private static RecordingGateway.Delivered reviewFor(TestBot bot, long volunteer) {
        return reviewFor(bot, volunteer, TestBot.COORDINATOR);
    }

    private static RecordingGateway.Delivered reviewFor(TestBot bot, long volunteer, long coordinator) {
        return bot.shownWith(coordinator, "review:" + Long.toString(volunteer, 36));
    }

    @Test
    void aSubmittedVolunteerWaitsForTheCoordinatorWhoSeesTheProfileInTheirOwnLanguage() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"))) {
            signUp(bot, PIM);
            assertEquals("pending:0", status(bot, PIM));
            assertEquals("PENDING", bot.state(PIM, "volunteer"));
            String review = ((Outgoing.Send) reviewFor(bot, PIM).message()).text();
            // the coordinator has never written to the bot, so the review is in the default language
            assertTrue(review.startsWith(bot.t("en", "review.request", "name", "Pim")), review);
            assertTrue(review.contains("Verpleegkundige"));
            bot.send(PIM, "hallo");
            List<String> texts = bot.out.textsTo(PIM);
            assertEquals(bot.t("nl", "volunteer.pending"), texts.get(texts.size() - 1));
        }
    }

    /** The terminal gives people negative ids; a review there approves like any other. */
    @Test
    void aVolunteerWithANegativeIdIsApproved() {
        long terminal = -12;
        try (TestBot bot = new TestBot(dir.resolve("k.db"))) {
            signUp(bot, terminal);
            bot.pressOn(TestBot.COORDINATOR, reviewFor(bot, terminal), "ok");
            assertEquals("approved:" + TestBot.COORDINATOR, status(bot, terminal));
        }
    }

    @Test
    void theFirstDecisionCountsAndTheVolunteerIsToldOnce() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"))) {
            signUp(bot, PIM);
            RecordingGateway.Delivered review = reviewFor(bot, PIM);
            bot.pressOn(TestBot.COORDINATOR, review, "ok");
            assertEquals("approved:" + TestBot.COORDINATOR, status(bot, PIM));
            assertEquals("ACTIVE", bot.state(PIM, "volunteer"));
            bot.pressOn(TestBot.COORDINATOR, review, "no");
            assertEquals("approved:" + TestBot.COORDINATOR, status(bot, PIM), "a later press changes nothing");
            long told = bot.out.textsTo(PIM).stream().filter(t -> t.equals(bot.t("nl", "volunteer.approved"))).count();
            assertEquals(1, told);
            assertTrue(bot.out.to(TestBot.COORDINATOR).stream()
                    .anyMatch(d -> d.message() instanceof Outgoing.Edit e && e.text() == null && e.buttons().isEmpty()),
                    "the review buttons are taken away");
        }
    }

    @Test
    void aSecondCoordinatorLearnsTheirLaterChoiceChangedNothing() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"))) {
            signUp(bot, PIM);
            bot.pressOn(TestBot.COORDINATOR, reviewFor(bot, PIM), "ok");
            bot.pressOn(TestBot.SECOND_COORDINATOR, reviewFor(bot, PIM, TestBot.SECOND_COORDINATOR), "no");
            assertEquals("approved:" + TestBot.COORDINATOR, status(bot, PIM));
            List<String> second = bot.out.textsTo(TestBot.SECOND_COORDINATOR);
            assertEquals(bot.t("en", "review.already", "name", "Pim"), second.get(second.size() - 1));
        }
    }

    @Test
    void aReviewButtonPressedByAnyoneButACoordinatorDoesNothing() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"))) {
            signUp(bot, PIM);
            bot.send(OTHER, "en", "/start");
            String data = TestBot.data(reviewFor(bot, PIM), "ok");
            bot.inbox.accept(List.of(TestBot.update(OTHER, "en", new Inbound.Press(data, "x", 1))));
            bot.inbox.accept(List.of(TestBot.update(PIM, "nl", new Inbound.Press(data, "y", 1))));
            bot.koppel.settle();
            assertEquals("pending:0", status(bot, PIM));
            assertEquals(bot.koppel.messages().of("en").t("callback.unknown"), bot.out.answersTo(OTHER).get(0).text());
        }
    }

    @Test
    void aRejectedVolunteerIsToldKindly() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"))) {
            signUp(bot, PIM);
            bot.pressOn(TestBot.COORDINATOR, reviewFor(bot, PIM), "no");
            assertEquals("rejected:" + TestBot.COORDINATOR, status(bot, PIM));
            List<String> texts = bot.out.textsTo(PIM);
            assertEquals(bot.t("nl", "volunteer.rejected"), texts.get(texts.size() - 1));
        }
    }
}
