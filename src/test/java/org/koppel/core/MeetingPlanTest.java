package org.koppel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.koppel.meeting.When;

/**
 * After Accept: the volunteer proposes times and a place, the newcomer picks one, both hold a card
 * and a calendar file; then moving, cancelling, sharing contacts and writing through the bot.
 */
final class MeetingPlanTest {
    private static final long AMIRA = 501;
    private static final long VOL = 601;

    @TempDir
    Path dir;

    /** Monday 23 November 2026, 11:00 in Amsterdam. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));

    private TestBot world() {
        TestBot bot = new TestBot(dir.resolve("k.db"), clock);
        People.approvedVolunteer(bot, VOL, "Joost");
        People.newcomer(bot, AMIRA, "Amira");
        return bot;
    }

    /** Amira asks, Joost accepts and proposes Tuesday and Wednesday evening at a café, Amira picks Wednesday. */
    static void confirmed(TestBot bot, long newcomer, long volunteer) {
        accepted(bot, newcomer, volunteer);
        propose(bot, volunteer, "Café De Zaak, Utrecht");
        bot.press(newcomer, "pick:1");
    }

    /**
     * A confirmed meeting (Wednesday 25 November, 19:00-20:00 local) with the clock at 21:00 UTC,
     * when its follow-up questions are due, and the due jobs run.
     */
    static TestBot afterTheMeeting(java.nio.file.Path db, MutableClock clock, long newcomer, long volunteer) {
        TestBot bot = new TestBot(db, clock);
        People.approvedVolunteer(bot, volunteer, "Joost");
        People.newcomer(bot, newcomer, "Amira");
        confirmed(bot, newcomer, volunteer);
        clock.set(java.time.Instant.parse("2026-11-25T21:00:00Z"));
        bot.koppel.runDueJobs();
        bot.koppel.settle();
        return bot;
    }

    static void accepted(TestBot bot, long newcomer, long volunteer) {
        bot.send(newcomer, "/meet");
        bot.tap(volunteer, "meeting:", "yes");
    }

    static void propose(TestBot bot, long volunteer, String place) {
        bot.press(volunteer, "slot:0");
        bot.press(volunteer, "slot:1");
        bot.press(volunteer, "done");
        bot.send(volunteer, place);
    }

    static String actionOn(RecordingGateway.Delivered shown, String prefix) {
        for (var row : RecordingGateway.buttons(shown.message())) {
            for (var b : row) {
                if (b.data() != null && TestBot.action(b).startsWith(prefix)) {
                    return TestBot.action(b);
                }
            }
        }
        throw new AssertionError("no " + prefix);
    }

    private static String meeting(TestBot bot, String column) {
        return bot.one("SELECT " + column + " FROM meeting WHERE newcomer_id = " + AMIRA
                + " ORDER BY requested_at DESC LIMIT 1");
    }

    static RecordingGateway.Delivered card(TestBot bot, long person) {
        return bot.out.to(person).stream().filter(d -> d.message() instanceof Outgoing.Document)
                .reduce((a, b) -> b).orElseThrow();
    }

    private static String last(List<String> texts) {
        return texts.get(texts.size() - 1);
    }

    @Test
    void bothHoldTheSameMomentInTheirOwnLanguageWithACalendarFile() {
        try (TestBot bot = world()) {
            accepted(bot, AMIRA, VOL);
            String prompt = last(bot.out.textsTo(VOL));
            assertTrue(prompt.contains(bot.koppel.messages().of("nl").t("plan.pick", "max", 3, "zone", "")
                    .substring(0, 20)), prompt);
            List<String> offered = ((Outgoing.Send) bot.out.keyboard(VOL).message()).buttons().stream()
                    .flatMap(List::stream).map(OutButton::label).toList();
            assertEquals(When.brief(LocalDateTime.parse("2026-11-24T19:00"), "nl"), offered.get(0),
                    "both meet on weekday evenings: the first offer is tomorrow at 19:00");
            propose(bot, VOL, "Café De Zaak, Utrecht");
            assertEquals(bot.t("nl", "plan.sent", "name", "Amira"), last(bot.out.textsTo(VOL)));
            assertTrue(last(bot.out.textsTo(AMIRA)).contains("Café De Zaak"));
            bot.press(AMIRA, "pick:1");

            assertEquals("confirmed", meeting(bot, "status"));
            assertEquals("2026-11-25T19:00", meeting(bot, "starts_at"));
            Outgoing.Document mine = bot.out.documentsTo(AMIRA).get(0);
            Outgoing.Document theirs = bot.out.documentsTo(VOL).get(0);
            LocalDateTime at = LocalDateTime.parse("2026-11-25T19:00");
            assertTrue(mine.caption().contains(When.day(at, "en")) && mine.caption().contains("Joost"), mine.caption());
            assertTrue(theirs.caption().contains(When.day(at, "nl")) && theirs.caption().contains("Amira"), theirs.caption());
            assertTrue(theirs.caption().contains("woensdag 25 november 2026"), theirs.caption());
            for (Outgoing.Document d : List.of(mine, theirs)) {
                assertTrue(d.content().contains("DTSTART;TZID=Europe/Amsterdam:20261125T190000\r\n"), d.content());
                assertTrue(d.content().contains("LOCATION:Café De Zaak\\, Utrecht\r\n"), d.content());
            }

            bot.pressOn(AMIRA, bot.out.to(AMIRA).stream().filter(d -> d.message() instanceof Outgoing.Send s
                    && s.text().contains("Café De Zaak")).reduce((a, b) -> b).orElseThrow(), "pick:0");
            assertEquals("2026-11-25T19:00", meeting(bot, "starts_at"), "a meeting is confirmed once");
            assertEquals(1, bot.out.documentsTo(AMIRA).size());
        }
    }

    @Test
    void aTimeThatHasPassedCannotBeChosen() {
        try (TestBot bot = world()) {
            accepted(bot, AMIRA, VOL);
            propose(bot, VOL, "Bibliotheek");
            clock.set(Instant.parse("2026-11-24T19:30:00Z"));
            bot.press(AMIRA, "pick:0");
            assertEquals("proposed", meeting(bot, "status"));
            assertTrue(bot.out.textsTo(AMIRA).contains(bot.t("en", "meet.slot_passed")));
        }
    }

    @Test
    void cancellingFromTheCardTellsTheOtherSideAndFreesTheVolunteer() {
        try (TestBot bot = world()) {
            long bashir = 502;
            long chen = 503;
            People.newcomer(bot, bashir, "Bashir");
            People.newcomer(bot, chen, "Chen");
            confirmed(bot, AMIRA, VOL);
            accepted(bot, bashir, VOL);
            bot.send(chen, "/meet");
            assertEquals(bot.t("en", "meet.none"), last(bot.out.textsTo(chen)), "two a month: Joost is full");

            RecordingGateway.Delivered card = card(bot, VOL);
            bot.pressOn(VOL, card, actionOn(card, "cancel:"));
            assertEquals("cancelled", meeting(bot, "status"));
            assertEquals(bot.t("en", "meet.cancelled_other", "name", "Joost"), last(bot.out.textsTo(AMIRA)));
            assertTrue(bot.state(AMIRA).conversations().keySet().stream().noneMatch(k -> k.startsWith("meeting")),
                    "both sides' conversations about it have ended");
            assertEquals("DONE", bot.state(AMIRA, "profile"));

            bot.send(chen, "/meet");
            assertTrue(bot.out.keyboard(VOL).message() instanceof Outgoing.Send s
                    && s.text().startsWith(bot.t("nl", "meet.request", "name", "Chen")), "a cancelled meeting frees capacity");
            int before = bot.out.textsTo(VOL).size();
            bot.pressOn(VOL, card, actionOn(card, "move:"));
            assertEquals(before, bot.out.textsTo(VOL).size(), "an old card does nothing");
            List<Outgoing.Answer> answers = bot.out.answersTo(VOL);
            assertEquals(bot.koppel.messages().of("nl").t("callback.expired"), answers.get(answers.size() - 1).text());
        }
    }

    @Test
    void reschedulingAsksForNewTimesAndTheNewCardReplacesTheOld() {
        try (TestBot bot = world()) {
            confirmed(bot, AMIRA, VOL);
            RecordingGateway.Delivered card = card(bot, AMIRA);
            bot.pressOn(AMIRA, card, actionOn(card, "move:"));
            assertEquals("accepted", meeting(bot, "status"));
            assertTrue(last(bot.out.textsTo(VOL)).startsWith(bot.t("nl", "plan.intro.reschedule_asked", "name", "Amira")));
            propose(bot, VOL, "Stadhuis");
            bot.press(AMIRA, "pick:0");
            assertEquals("2026-11-24T19:00", meeting(bot, "starts_at"));
            String ics = bot.out.documentsTo(VOL).get(1).content();
            assertTrue(ics.contains("SEQUENCE:2\r\n") && ics.contains("DTSTART;TZID=Europe/Amsterdam:20261124T190000"), ics);
        }
    }

    @Test
    void contactsAreSharedOnlyWhenBothChoose() {
        try (TestBot bot = world()) {
            confirmed(bot, AMIRA, VOL);
            RecordingGateway.Delivered mine = card(bot, AMIRA);
            bot.pressOn(AMIRA, mine, actionOn(mine, "share"));
            assertEquals(bot.t("nl", "contact.offered", "name", "Amira"), last(bot.out.textsTo(VOL)));
            assertTrue(bot.out.to(VOL).stream().noneMatch(d -> d.message().toString().contains("tg://user?id=" + AMIRA)));
            RecordingGateway.Delivered theirs = card(bot, VOL);
            bot.pressOn(VOL, theirs, actionOn(theirs, "share"));
            Outgoing.Send toAmira = (Outgoing.Send) bot.out.keyboard(AMIRA).message();
            assertEquals("tg://user?id=" + VOL, toAmira.buttons().get(0).get(0).url());
            Outgoing.Send toJoost = (Outgoing.Send) bot.out.keyboard(VOL).message();
            assertEquals("tg://user?id=" + AMIRA, toJoost.buttons().get(0).get(0).url());
            assertEquals("1", meeting(bot, "newcomer_shares"));
            assertEquals("1", meeting(bot, "volunteer_shares"));
        }
    }

    @Test
    void messagesGoThroughTheBotAndAReportReachesTheCoordinators() {
        try (TestBot bot = world()) {
            confirmed(bot, AMIRA, VOL);
            bot.send(AMIRA, "/message");
            assertEquals(bot.t("en", "relay.write", "name", "Joost"), last(bot.out.textsTo(AMIRA)));
            bot.send(AMIRA, "I will wear a red scarf");
            RecordingGateway.Delivered relayed = bot.out.keyboard(VOL);
            assertEquals(bot.t("nl", "relay.received", "name", "Amira", "text", "I will wear a red scarf"),
                    ((Outgoing.Send) relayed.message()).text());
            assertEquals(bot.t("en", "relay.sent", "name", "Joost"), last(bot.out.textsTo(AMIRA)));

            bot.pressOn(VOL, relayed, actionOn(relayed, "report"));
            assertEquals(bot.t("en", "report.received", "reporter", "Joost", "name", "Amira",
                    "text", "I will wear a red scarf"), last(bot.out.textsTo(TestBot.COORDINATOR)));
            assertEquals(bot.t("nl", "report.thanks", "name", "Amira"), last(bot.out.textsTo(VOL)));
            assertEquals(VOL + ">" + AMIRA, bot.one("SELECT reporter_id || '>' || reported_id FROM report"));
        }
    }

    /** A volunteer who accepts and then sends no times does not keep the newcomer waiting for nobody. */
    @Test
    void timesNotSentInTimeCallTheMeetingOff() {
        try (TestBot bot = world()) {
            accepted(bot, AMIRA, VOL);
            clock.set(Instant.parse("2026-11-25T09:59:00Z"));
            bot.koppel.runDueJobs();
            bot.koppel.settle();
            assertEquals("accepted", meeting(bot, "status"), "48 hours are not yet over");
            clock.set(Instant.parse("2026-11-25T10:01:00Z"));
            bot.koppel.runDueJobs();
            bot.koppel.settle();
            assertEquals("cancelled|quiet", meeting(bot, "status || '|' || why"));
            assertEquals(bot.t("en", "meet.expired_planning", "name", "Joost"), last(bot.out.textsTo(AMIRA)));
            assertEquals(bot.t("nl", "plan.expired", "name", "Amira"), last(bot.out.textsTo(VOL)));
            assertTrue(bot.state(VOL).conversations().keySet().stream().noneMatch(k -> k.startsWith("meeting")));
        }
    }

    /** While waiting for times the newcomer can call the meeting off; the volunteer's planning ends. */
    @Test
    void theNewcomerCanCallOffWhileWaitingForTimes() {
        try (TestBot bot = world()) {
            accepted(bot, AMIRA, VOL);
            bot.pressOn(AMIRA, bot.shownWith(AMIRA, "meeting:"), "cancel:-1");
            assertEquals("cancelled", meeting(bot, "status"));
            assertEquals(bot.t("nl", "meet.cancelled_other", "name", "Amira"), last(bot.out.textsTo(VOL)));
            assertTrue(bot.state(VOL).conversations().keySet().stream().noneMatch(k -> k.startsWith("meeting")));
        }
    }
}
