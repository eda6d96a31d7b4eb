package org.koppel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** From "find me a coffee meeting" to an answer, on a real SQLite file with a clock moved by hand. */
final class MeetingRequestTest {
    private static final long AMIRA = 501;
    private static final long[] VOLUNTEERS = {601, 602, 603, 604};

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));

    private TestBot world(int volunteers) {
        TestBot bot = new TestBot(dir.resolve("k.db"), clock);
        for (int i = 0; i < volunteers; i++) {
            People.approvedVolunteer(bot, VOLUNTEERS[i], "Vol" + i);
        }
        People.newcomer(bot, AMIRA, "Amira");
        return bot;
    }

    /** The volunteer with an open request from Amira, and that request. */
    private static RecordingGateway.Delivered openRequest(TestBot bot) {
        for (long v : VOLUNTEERS) {
            List<RecordingGateway.Delivered> got = bot.out.to(v).stream()
                    .filter(d -> RecordingGateway.buttons(d.message()).stream().flatMap(List::stream)
                            .anyMatch(b -> b.data() != null && TestBot.key(b).startsWith("meeting:")
                                    && TestBot.action(b).equals("yes")))
                    .toList();
            if (!got.isEmpty() && status(bot, v).equals("requested")) {
                return got.get(got.size() - 1);
            }
        }
        throw new AssertionError("no open request");
    }

    private static String status(TestBot bot, long volunteer) {
        return bot.one("SELECT status FROM meeting WHERE newcomer_id = " + AMIRA + " AND volunteer_id = " + volunteer
                + " ORDER BY requested_at DESC LIMIT 1");
    }

    private static String action(RecordingGateway.Delivered request, String prefix) {
        return MeetingPlanTest.actionOn(request, prefix);
    }

    private static String last(List<String> texts) {
        return texts.get(texts.size() - 1);
    }

    @Test
    void theVolunteerGetsTheShortProfileAndWhyAndAcceptingTellsBoth() {
        try (TestBot bot = world(1)) {
            bot.send(AMIRA, "/meet");
            RecordingGateway.Delivered request = openRequest(bot);
            String text = ((Outgoing.Send) request.message()).text();
            assertTrue(text.startsWith(bot.t("nl", "meet.request", "name", "Amira")), text);
            assertTrue(text.contains(bot.koppel.messages().of("nl").t("sector.healthcare")), "why: shared sector");
            assertTrue(!text.contains("Den Haag") && text.contains("Nurse"), "short profile only");
            assertEquals(bot.t("en", "meet.asked_field", "fields", "Healthcare"), last(bot.out.textsTo(AMIRA)));
            bot.pressOn(VOLUNTEERS[0], request, action(request, "yes"));
            assertEquals("accepted", status(bot, VOLUNTEERS[0]));
            assertEquals(bot.t("en", "meet.accepted", "name", "Vol0"), last(bot.out.textsTo(AMIRA)));
            assertTrue(last(bot.out.textsTo(VOLUNTEERS[0])).startsWith(bot.t("nl", "plan.intro.first", "name", "Amira")),
                    "the volunteer goes on to propose times");
            bot.pressOn(VOLUNTEERS[0], request, action(request, "no"));
            assertEquals("accepted", status(bot, VOLUNTEERS[0]), "a later press on the same request changes nothing");
            assertEquals("none", bot.state(AMIRA, "meet"), "the search is over");
            assertTrue(bot.state(AMIRA).conversations().values().stream()
                    .anyMatch(c -> c.key().startsWith("meeting:") && c.state().equals("WAITING")), "waiting for times");
        }
    }

    @Test
    void aDeclineOrNoAnswerInTimeAsksTheNextVolunteer() {
        try (TestBot bot = world(3)) {
            bot.send(AMIRA, "/meet");
            RecordingGateway.Delivered first = openRequest(bot);
            long firstVolunteer = first.chatId();
            bot.pressOn(firstVolunteer, first, action(first, "no"));
            RecordingGateway.Delivered second = openRequest(bot);
            assertNotEquals(firstVolunteer, second.chatId());
            clock.advance(Duration.ofHours(47));
            assertEquals(0, bot.koppel.runDueJobs());
            clock.advance(Duration.ofHours(1));
            assertEquals(1, bot.koppel.runDueJobs());
            bot.koppel.settle();
            assertEquals("expired", status(bot, second.chatId()));
            RecordingGateway.Delivered third = openRequest(bot);
            assertNotEquals(second.chatId(), third.chatId());
            assertNotEquals(firstVolunteer, third.chatId());
        }
    }

    @Test
    void threeDeclinesEndKindlyAndTellTheCoordinators() {
        try (TestBot bot = world(4)) {
            bot.send(AMIRA, "/meet");
            for (int i = 0; i < 3; i++) {
                RecordingGateway.Delivered request = openRequest(bot);
                bot.pressOn(request.chatId(), request, action(request, "no"));
            }
            assertEquals(bot.t("en", "meet.none"), last(bot.out.textsTo(AMIRA)));
            assertEquals(bot.t("en", "meet.stuck", "name", "Amira"), last(bot.out.textsTo(TestBot.COORDINATOR)));
            assertEquals("DONE", bot.state(AMIRA, "profile"));
            assertEquals("none", bot.state(AMIRA, "meet"));
        }
    }

    @Test
    void nobodyToAskEndsKindlyAndPauseStopsFurtherRequests() {
        try (TestBot bot = world(1)) {
            bot.send(AMIRA, "/meet");
            RecordingGateway.Delivered request = openRequest(bot);
            bot.pressOn(VOLUNTEERS[0], request, action(request, "pause"));
            assertEquals(bot.t("en", "meet.none"), last(bot.out.textsTo(AMIRA)));
            assertEquals(bot.t("nl", "volunteer.paused_requests"), last(bot.out.textsTo(VOLUNTEERS[0])));
            assertEquals("1", bot.one("SELECT paused FROM volunteer_profile WHERE person_id = " + VOLUNTEERS[0]));
        }
    }
}
