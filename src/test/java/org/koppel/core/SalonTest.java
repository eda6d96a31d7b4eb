package org.koppel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.koppel.core.EventTest.MEMBERS;
import static org.koppel.core.EventTest.SAMIRA;
import static org.koppel.core.EventTest.withButton;

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
 * Organisations at a salon through the engine on a real SQLite file: the organiser adds one, its
 * QR code decodes to its own link, its contact claims it, a member who scans it leaves a short
 * profile only after saying yes and asks for an appointment, the contact proposes times as a
 * volunteer does, the member picks one, both get the card, and the day after the member says it
 * took place and what came of it. And what crosses two people: the newcomer erasing themselves
 * while the contact is choosing times, a foreign press.
 */
final class SalonTest {
    private static final long CONTACT = 781;
    private static final long STRANGER = 782;
    private static final long AZIZ = MEMBERS[0];

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));

    private static String last(TestBot bot, long person) {
        List<String> texts = bot.out.textsTo(person);
        return texts.get(texts.size() - 1);
    }

    private static String decode(Outgoing.Image qr) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(qr.bytes()));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
    }

    /** The salon with one employer at it, its contact claimed; returns the QR code's payload. */
    private String standAdded(TestBot bot) throws Exception {
        bot.pressOn(SAMIRA, withButton(bot, SAMIRA, "list"), "list");
        bot.pressOn(SAMIRA, withButton(bot, SAMIRA, "add"), "add");
        bot.send(SAMIRA, "en", "Zorggroep Tilburg");
        bot.pressOn(SAMIRA, withButton(bot, SAMIRA, "kind:employer"), "kind:employer");
        // someone who never finished the welcome is asked it again after the step, so the image need not come last
        Outgoing.Image image = bot.out.to(SAMIRA).stream().map(RecordingGateway.Delivered::message)
                .filter(m -> m instanceof Outgoing.Image).map(m -> (Outgoing.Image) m).reduce((a, b) -> b).orElseThrow();
        String link = decode(image);
        String token = bot.one("SELECT token FROM stand");
        assertTrue(link.endsWith("?start=o" + token), link);
        String claim = bot.one("SELECT claim FROM stand");
        assertTrue(image.caption().contains("?start=s" + claim), image.caption());

        bot.send(CONTACT, "en", "/start s" + claim);
        assertEquals(String.valueOf(CONTACT), bot.one("SELECT contact_id FROM stand"));
        // the contact is not asked who they are after every step for their organisation
        assertEquals("PARKED", bot.one("SELECT state FROM conversation WHERE person_id = " + CONTACT + " AND kind = 'start'"));
        bot.send(STRANGER, "en", "/start s" + claim);
        assertEquals(bot.t("en", "salon.contact_taken", "org", "Zorggroep Tilburg"), last(bot, STRANGER));
        assertEquals(String.valueOf(CONTACT), bot.one("SELECT contact_id FROM stand"));
        return "o" + token;
    }

    /** Aziz scans the code, types a name and a line, says yes and asks for an appointment. */
    private void asked(TestBot bot, String payload) {
        bot.send(AZIZ, "en", "/start " + payload);
        bot.send(AZIZ, "en", "Aziz");
        bot.send(AZIZ, "en", "Work as a nurse");
        String share = last(bot, AZIZ);
        assertTrue(share.contains("Aziz") && share.contains("Work as a nurse"), share);
        assertEquals("0", bot.one("SELECT COUNT(*) FROM appointment"), "nothing kept before yes");
        bot.press(AZIZ, "yes");
        assertEquals("left", bot.one("SELECT status FROM appointment"));
        bot.press(AZIZ, "ask");
        assertEquals("requested", bot.one("SELECT status FROM appointment"));
    }

    @Test
    void aScannedStandLeadsToAnAppointmentPlannedLikeACoffeeMeetingAndWhatCameOfIt() throws Exception {
        try (TestBot bot = EventTest.salon(dir, clock)) {
            String payload = standAdded(bot);
            // at the salon: Aziz checks in at the door, then scans the employer's code
            clock.set(Instant.parse("2026-11-30T18:00:00Z"));
            bot.send(AZIZ, "en", "/start e" + bot.one("SELECT token FROM event"));
            if (bot.one("SELECT COUNT(*) FROM event_guest WHERE checked_in_at IS NOT NULL").equals("0")) {
                bot.pressOn(AZIZ, withButton(bot, AZIZ, "checkin"), "checkin");
            }
            asked(bot, payload);
            assertEquals(1, bot.out.textsTo(AZIZ).stream().filter(bot.t("en", "event.checked_in", "name",
                    "Salon work in care")::equals).count(), "checked in once, at the door");
            String request = last(bot, CONTACT);
            assertTrue(request.contains("Aziz") && request.contains("Work as a nurse"), request);

            bot.pressOn(CONTACT, withButton(bot, CONTACT, "propose"), "propose");
            bot.press(CONTACT, "slot:0");
            bot.press(CONTACT, "slot:2");
            bot.press(CONTACT, "done");
            bot.send(CONTACT, "en", "Stationsstraat 1, Tilburg");
            assertEquals("proposed", bot.one("SELECT status FROM appointment"));
            assertTrue(last(bot, AZIZ).contains("Stationsstraat 1"), last(bot, AZIZ));

            bot.press(AZIZ, "pick:1");
            assertEquals("confirmed", bot.one("SELECT status FROM appointment"));
            String start = bot.one("SELECT start FROM appointment");
            for (long side : new long[] {AZIZ, CONTACT}) {
                List<Outgoing.Document> files = bot.out.documentsTo(side);
                assertTrue(files.get(files.size() - 1).content().contains("DTSTART;TZID=Europe/Amsterdam:"
                        + start.replace("-", "").replace(":", "") + "00"), files.get(files.size() - 1).content());
            }

            // the day after the appointment, at 10:00 there
            clock.set(java.time.LocalDateTime.parse(start).toLocalDate().plusDays(1).atTime(10, 0)
                    .atZone(java.time.ZoneId.of("Europe/Amsterdam")).toInstant());
            bot.koppel.runDueJobs();
            bot.koppel.settle();
            assertEquals(bot.t("en", "salon.ask_held", "org", "Zorggroep Tilburg"), last(bot, AZIZ));
            bot.press(AZIZ, "held:yes");
            bot.press(AZIZ, "res:work");
            assertEquals("held|work", bot.one("SELECT status || '|' || result FROM appointment"));

            bot.send(TestBot.COORDINATOR, "/admin");
            bot.press(TestBot.COORDINATOR, "stats");
            String stats = bot.out.textsTo(TestBot.COORDINATOR).stream().filter(t -> t.contains("Zorggroep") || t.contains(
                    "Salon work in care")).reduce((x, y) -> y).orElseThrow();
            assertTrue(stats.contains(": going 0 · came 1"), stats);
            assertTrue(stats.contains("profiles left 1 · appointments asked 1 · planned 1 · took place 1 · work, "
                    + "placement or study 1"), stats);
            assertTrue(bot.out.to(TestBot.COORDINATOR).stream().anyMatch(d -> d.message() instanceof Outgoing.Image i
                    && i.fileName().equals("koppel-events.png")), "the events chart");
        }
    }

    @Test
    void theNewcomerErasedWhileTheContactChoosesTimesCallsItOffAndTheContactsSendChangesNothing() throws Exception {
        try (TestBot bot = EventTest.salon(dir, clock)) {
            asked(bot, standAdded(bot));
            bot.pressOn(CONTACT, withButton(bot, CONTACT, "propose"), "propose");
            bot.press(CONTACT, "slot:0");
            RecordingGateway.Delivered times = bot.out.keyboard(CONTACT);

            // a stranger pressing the contact's button (copied data) changes nothing
            bot.pressOn(STRANGER, times, "done");
            assertEquals("requested", bot.one("SELECT status FROM appointment"));

            bot.send(AZIZ, "/delete");
            bot.press(AZIZ, "yes");
            assertEquals("cancelled|none", bot.one("SELECT status || '|' || COALESCE(newcomer_id || name, 'none') "
                    + "FROM appointment"));
            // told after the erasure, so without the name
            assertTrue(bot.out.textsTo(CONTACT).contains(bot.t("en", "salon.cancelled_by_newcomer", "name",
                    bot.t("en", "meet.someone"), "org", "Zorggroep Tilburg")), bot.out.textsTo(CONTACT).toString());

            bot.pressOn(CONTACT, times, "done");
            assertEquals("cancelled", bot.one("SELECT status FROM appointment"));
            assertTrue(bot.out.textsTo(CONTACT).stream().noneMatch(t -> t.contains("Stationsstraat")));
        }
    }

    @Test
    void sayingNoKeepsNothingAndARequestBeforeAnyContactWaitsForThem() throws Exception {
        try (TestBot bot = EventTest.salon(dir, clock)) {
            bot.pressOn(SAMIRA, withButton(bot, SAMIRA, "list"), "list");
            bot.pressOn(SAMIRA, withButton(bot, SAMIRA, "add"), "add");
            bot.send(SAMIRA, "en", "ROC Tilburg");
            bot.pressOn(SAMIRA, withButton(bot, SAMIRA, "kind:training"), "kind:training");
            String token = bot.one("SELECT token FROM stand");

            bot.send(MEMBERS[1], "en", "/start o" + token);
            bot.send(MEMBERS[1], "en", "Lina");
            bot.press(MEMBERS[1], "skip");
            bot.press(MEMBERS[1], "no");
            assertEquals("0", bot.one("SELECT COUNT(*) FROM appointment"));
            // someone who never finished the welcome gets it again after; the answer comes before it
            assertTrue(bot.out.textsTo(MEMBERS[1]).contains(bot.t("en", "salon.nothing_kept")));

            asked(bot, "o" + token);
            assertTrue(bot.out.textsTo(AZIZ).contains(bot.t("en", "salon.asked_no_contact", "org", "ROC Tilburg")));
            assertEquals("1", bot.one("SELECT COUNT(*) FROM event_guest WHERE checked_in_at IS NOT NULL AND person_id = "
                    + AZIZ), "at a table is at the event");
            bot.send(CONTACT, "en", "/start s" + bot.one("SELECT claim FROM stand"));
            assertTrue(bot.out.textsTo(CONTACT).stream().anyMatch(t -> t.contains("Aziz")), bot.out.textsTo(CONTACT).toString());
            bot.pressOn(CONTACT, withButton(bot, CONTACT, "decline"), "decline");
            assertEquals("declined", bot.one("SELECT status FROM appointment"));
            assertEquals(bot.t("en", "salon.declined", "org", "ROC Tilburg"), last(bot, AZIZ));
        }
    }
}
