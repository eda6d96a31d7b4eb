package org.koppel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Events through the engine on a real SQLite file: a key person creates a salon for their
 * community, the invitations go out with Going / Not going through the broadcast sender, a guest
 * going gets the calendar file and the reminder the day before, the last place is not given twice,
 * the QR code decodes to the check-in link, someone new checks in with it after saying yes, and the
 * organiser's news and calling off reach everyone going.
 */
final class EventTest {
    static final long SAMIRA = 751;
    static final long[] MEMBERS = {761, 762};
    private static final long STRANGER = 771;

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));

    private static String last(TestBot bot, long person) {
        List<String> texts = bot.out.textsTo(person);
        return texts.get(texts.size() - 1);
    }

    /** The newest message to the person that carries a button with this action. */
    static RecordingGateway.Delivered withButton(TestBot bot, long person, String action) {
        List<RecordingGateway.Delivered> all = bot.out.to(person);
        for (int i = all.size() - 1; i >= 0; i--) {
            for (var row : RecordingGateway.buttons(all.get(i).message())) {
                for (var b : row) {
                    if (b.data() != null && TestBot.action(b).equals(action)) {
                        return all.get(i);
                    }
                }
            }
        }
        throw new AssertionError("no button " + action + " for " + person + ": " + bot.out.textsTo(person));
    }

    /** Samira (key person) and two members of the Tigrinya community; Samira creates a salon for one person. */
    private TestBot salon() {
        return salon(dir, clock);
    }

    static TestBot salon(Path dir, MutableClock clock) {
        TestBot bot = new TestBot(dir.resolve("k.db"), clock);
        bot.send(TestBot.COORDINATOR, "hello");
        String[] links = CommunityTest.links(bot);
        bot.send(SAMIRA, "en", "/start " + links[1]);
        RecordingGateway.Delivered offer = bot.out.keyboard(SAMIRA);
        bot.pressOn(SAMIRA, offer, MeetingPlanTest.actionOn(offer, "key:"));
        for (long m : MEMBERS) {
            bot.send(m, "en", "/start " + links[0]);
            bot.pressOn(m, withButton(bot, m, "join"), "join");
        }
        bot.send(SAMIRA, "en", "/newevent");
        bot.send(SAMIRA, "en", "Salon work in care");
        bot.press(SAMIRA, "kind:salon");
        bot.press(SAMIRA, "day:2026-11-30");
        bot.send(SAMIRA, "en", "18.30");
        bot.send(SAMIRA, "en", "Bibliotheek LocHal, Tilburg");
        bot.send(SAMIRA, "en", "1");
        bot.press(SAMIRA, "l:ti");
        bot.press(SAMIRA, "done");
        bot.press(SAMIRA, "c:" + bot.one("SELECT id FROM community"));
        bot.press(SAMIRA, "done");
        bot.press(SAMIRA, "create");
        bot.koppel.broadcastsDone();
        bot.koppel.settle();
        return bot;
    }

    /** A community archived while the key person was at the preview is not invited, and no event is made. */
    @Test
    void aCommunityArchivedMidwayIsNotInvited() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"), clock)) {
            bot.send(TestBot.COORDINATOR, "hello");
            String[] links = CommunityTest.links(bot);
            bot.send(SAMIRA, "en", "/start " + links[1]);
            RecordingGateway.Delivered offer = bot.out.keyboard(SAMIRA);
            bot.pressOn(SAMIRA, offer, MeetingPlanTest.actionOn(offer, "key:"));
            bot.send(SAMIRA, "en", "/newevent");
            bot.send(SAMIRA, "en", "Salon work in care");
            bot.press(SAMIRA, "kind:salon");
            bot.press(SAMIRA, "day:2026-11-30");
            bot.send(SAMIRA, "en", "18:30");
            bot.press(SAMIRA, "video");
            bot.press(SAMIRA, "cap:0");
            bot.press(SAMIRA, "done");
            bot.press(SAMIRA, "c:" + bot.one("SELECT id FROM community"));
            bot.press(SAMIRA, "done");
            bot.koppel.db().write(c -> c.createStatement().executeUpdate("UPDATE community SET archived_at = 1"));
            bot.press(SAMIRA, "create");
            assertEquals("0", bot.one("SELECT COUNT(*) FROM event"));
            assertEquals("0", bot.one("SELECT COUNT(*) FROM broadcast"));
            assertTrue(bot.out.textsTo(SAMIRA).contains(bot.t("en", "event.organisers_only")));
        }
    }

    @Test
    void aKeyPersonsSalonInvitesTheCommunityAndTheLastPlaceIsNotGivenTwice() {
        try (TestBot bot = salon()) {
            assertEquals("Salon work in care|salon|2026-11-30T18:30|1|[\"en\",\"ti\"]", bot.one("SELECT name || '|' "
                    + "|| kind || '|' || starts_at || '|' || capacity || '|' || languages FROM event"));
            for (long m : MEMBERS) {
                String invitation = ((Outgoing.Send) withButton(bot, m, "going").message()).text();
                assertTrue(invitation.contains("Salon work in care") && invitation.contains("Bibliotheek LocHal"), invitation);
                assertTrue(invitation.contains("🗣"), "the languages spoken there: " + invitation);
            }
            bot.pressOn(MEMBERS[0], withButton(bot, MEMBERS[0], "going"), "going");
            List<Outgoing.Document> files = bot.out.documentsTo(MEMBERS[0]);
            assertEquals(1, files.size(), "the calendar file");
            assertTrue(files.get(0).content().contains("DTSTART;TZID=Europe/Amsterdam:20261130T183000"), files.get(0).content());

            bot.pressOn(MEMBERS[1], withButton(bot, MEMBERS[1], "going"), "going");
            assertEquals(bot.t("en", "event.full", "name", "Salon work in care"), last(bot, MEMBERS[1]));
            assertEquals("1", bot.one("SELECT COUNT(*) FROM event_guest WHERE answer = 'going'"));

            // the day before, 18:30 local is 17:30 UTC
            clock.set(Instant.parse("2026-11-29T17:30:00Z"));
            bot.koppel.runDueJobs();
            bot.koppel.settle();
            assertTrue(last(bot, MEMBERS[0]).startsWith(bot.t("en", "event.reminder")), last(bot, MEMBERS[0]));
            assertTrue(bot.out.textsTo(MEMBERS[1]).stream().noneMatch(t -> t.startsWith(bot.t("en", "event.reminder"))));
        }
    }

    /** Found in the terminal walk: a reminder the bot could only send on the day itself said "tomorrow". */
    @Test
    void aReminderThatRunsOnTheDayItselfSaysToday() {
        try (TestBot bot = salon()) {
            bot.pressOn(MEMBERS[0], withButton(bot, MEMBERS[0], "going"), "going");
            clock.set(Instant.parse("2026-11-30T08:00:00Z"));
            bot.koppel.runDueJobs();
            bot.koppel.settle();
            assertTrue(last(bot, MEMBERS[0]).startsWith(bot.t("en", "event.reminder_today")), last(bot, MEMBERS[0]));
        }
    }

    @Test
    void theQrCodeDecodesToTheCheckInLinkAndSomeoneNewChecksInAfterSayingYes() throws Exception {
        try (TestBot bot = salon()) {
            bot.pressOn(SAMIRA, withButton(bot, SAMIRA, "qr"), "qr");
            List<RecordingGateway.Delivered> toSamira = bot.out.to(SAMIRA);
            Outgoing.Image qr = (Outgoing.Image) toSamira.get(toSamira.size() - 1).message();
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(qr.bytes()));
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            String link = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
            String token = bot.one("SELECT token FROM event");
            assertTrue(link.endsWith("?start=e" + token), link);

            bot.send(STRANGER, "en", "/start e" + token);
            assertEquals("0", bot.one("SELECT COUNT(*) FROM event_guest WHERE person_id = " + STRANGER), "not before yes");
            bot.pressOn(STRANGER, withButton(bot, STRANGER, "checkin"), "checkin");
            assertEquals(bot.t("en", "event.checked_in", "name", "Salon work in care"), last(bot, STRANGER));
            assertTrue(!bot.one("SELECT checked_in_at FROM event_guest WHERE person_id = " + STRANGER).equals("none"));
            bot.send(STRANGER, "en", "/start ebogus");
            assertEquals(bot.t("en", "event.link_unknown"), last(bot, STRANGER));
        }
    }

    @Test
    void newsAndCallingItOffReachEveryoneGoingAndOnlyTheOrganiserSeesTheCard() {
        try (TestBot bot = salon()) {
            bot.pressOn(MEMBERS[0], withButton(bot, MEMBERS[0], "going"), "going");
            bot.pressOn(MEMBERS[1], withButton(bot, MEMBERS[1], "no"), "no");

            bot.pressOn(SAMIRA, withButton(bot, SAMIRA, "update"), "update");
            bot.send(SAMIRA, "en", "Bring your CV, please.");
            assertTrue(last(bot, MEMBERS[0]).startsWith(bot.t("en", "event.update", "name", "Salon work in care",
                    "text", "Bring your CV, please.")), last(bot, MEMBERS[0]));
            assertTrue(bot.out.textsTo(MEMBERS[1]).stream().noneMatch(t -> t.contains("Bring your CV")), "not going: not told");

            // a member pressing the organiser's button (copied data) gets nothing of the card
            RecordingGateway.Delivered card = withButton(bot, SAMIRA, "cancel");
            int before = bot.out.textsTo(MEMBERS[1]).size();
            bot.pressOn(MEMBERS[1], card, "cancel");
            assertEquals("open", bot.one("SELECT status FROM event"));
            assertTrue(bot.out.textsTo(MEMBERS[1]).stream().skip(before).noneMatch(t -> t.contains("Going:")));

            bot.pressOn(SAMIRA, card, "cancel");
            bot.pressOn(SAMIRA, withButton(bot, SAMIRA, "yes"), "yes");
            assertEquals("cancelled", bot.one("SELECT status FROM event"));
            assertEquals(bot.t("en", "event.cancelled", "name", "Salon work in care"), last(bot, MEMBERS[0]));
        }
    }

    /** Someone whose app language the bot does not speak chooses one first, then gets the offer in it. */
    @Test
    void theCheckInOfferWaitsForTheLanguageSomeoneNewChooses() {
        try (TestBot bot = salon()) {
            String token = bot.one("SELECT token FROM event");
            bot.send(STRANGER, "de", "/start e" + token);
            String offerEn = bot.t("en", "event.checkin_offer", "name", "Salon work in care");
            assertTrue(bot.out.textsTo(STRANGER).stream().noneMatch(offerEn::equals), bot.out.textsTo(STRANGER).toString());
            bot.press(STRANGER, "lang:ar");
            assertEquals(bot.t("ar", "event.checkin_offer", "name", "Salon work in care"), last(bot, STRANGER));
        }
    }

    /** Checked in: the day after, an appointment and with whom; two weeks after, what came of it, on the card. */
    @Test
    void whatCameOfTheEventIsAskedTheDayAfterAndWeeksLaterAndCountedOnTheCard() {
        try (TestBot bot = salon()) {
            String token = bot.one("SELECT token FROM event");
            bot.send(STRANGER, "en", "/start e" + token);
            bot.pressOn(STRANGER, withButton(bot, STRANGER, "checkin"), "checkin");

            clock.set(Instant.parse("2026-12-01T08:59:00Z"));
            bot.koppel.runDueJobs();
            bot.koppel.settle();
            String ask = bot.t("en", "event.ask_appointment", "name", "Salon work in care");
            assertTrue(bot.out.textsTo(STRANGER).stream().noneMatch(ask::equals), "not before 10:00 the day after");
            clock.set(Instant.parse("2026-12-01T09:00:00Z"));
            bot.koppel.runDueJobs();
            bot.koppel.settle();
            assertEquals(ask, last(bot, STRANGER));
            bot.pressOn(STRANGER, withButton(bot, STRANGER, "appt:employer"), "appt:employer");
            assertEquals("employer", bot.one("SELECT appointment FROM event_outcome WHERE person_id = " + STRANGER));

            clock.set(Instant.parse("2026-12-14T17:30:00Z"));
            bot.koppel.runDueJobs();
            bot.koppel.settle();
            assertTrue(last(bot, STRANGER).startsWith("A few weeks ago"), last(bot, STRANGER));
            bot.pressOn(STRANGER, withButton(bot, STRANGER, "res:work"), "res:work");
            assertEquals("work", bot.one("SELECT result FROM event_outcome WHERE person_id = " + STRANGER));

            bot.pressOn(SAMIRA, withButton(bot, SAMIRA, "view"), "view");
            assertTrue(last(bot, SAMIRA).contains(bot.t("en", "event.outcomes", "appointments", 1, "held", 1, "work", 1)),
                    last(bot, SAMIRA));
        }
    }
}
